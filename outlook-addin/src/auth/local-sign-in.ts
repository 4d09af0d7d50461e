import type { SignIn } from "./sign-in.js";

/**
 * Local mode: a token from the service's local issuer for a demo person, validated by the API exactly as an
 * Entra ID token is. The harness's mailbox user stands in for the Outlook user nested app auth would sign in.
 */
export async function localSignIn(persona: string, fetchImpl: typeof fetch = fetch): Promise<SignIn> {
  const response = await fetchImpl("/local-issuer/token", {
    method: "POST",
    headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ persona }).toString(),
  });
  const body = (await response.json().catch(() => null)) as {
    access_token?: string;
    error_description?: string;
  } | null;
  if (!response.ok || !body?.access_token) {
    throw new Error(body?.error_description ?? "The local sign-in did not answer.");
  }
  const token = body.access_token;
  return { getToken: () => Promise.resolve(token) };
}
