/** How the pane gets a bearer token for the Convenor API. */
export interface SignIn {
  getToken(): Promise<string>;
}

/** What the service tells the pane at `/outlook/config.json`. */
export type PaneConfig =
  | { signIn: { kind: "local" } }
  | { signIn: { kind: "naa"; clientId: string; tenantId: string; scope: string } };
