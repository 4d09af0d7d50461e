/** What the service tells the tab at `/tab/config.json`: how to sign in. */
export interface TabConfig {
  signIn: "teams" | "local-issuer";
}

export async function loadTabConfig(fetch: (url: string) => Promise<Response>): Promise<TabConfig> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`);
  if (!response.ok) throw new Error(`The tab's configuration did not load (HTTP ${response.status}).`);
  const config = (await response.json()) as Partial<TabConfig>;
  return { signIn: config.signIn === "local-issuer" ? "local-issuer" : "teams" };
}
