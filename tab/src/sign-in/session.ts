/** How the tab is signed in: a source of API tokens, and who it is for. */
export interface Session {
  kind: "teams" | "local";
  /** A bearer token for the API, renewed when it nears expiry. */
  getToken(): Promise<string>;
  /** Local mode: forget the chosen persona so another can be picked. */
  signOut?(): void;
  theme: Theme;
  /** Teams only: the view a deep link into the tab asked for (`meetings/m-1`), opened first. */
  startPath?: string;
  /** Teams only: follow the person switching the Teams theme. */
  onThemeChange?(handler: (theme: Theme) => void): void;
}

export type Theme = "default" | "dark" | "contrast";

/** Why signing in did not work, in words for the person at the screen. */
export class SignInError extends Error {
  constructor(
    message: string,
    readonly reason: "not-in-teams" | "consent-required" | "failed",
  ) {
    super(message);
    this.name = "SignInError";
  }
}
