import { SignInError, type Session, type Theme } from "./session.js";
import type { TeamsContextPort } from "./teams-context.port.js";

/** Teams answers `initialize` in well under a second; outside Teams it never does. */
export const teamsInitializeTimeoutMs = 8_000;

const themes = new Set(["default", "dark", "contrast"]);
const themeOf = (name: string | undefined): Theme => (name && themes.has(name) ? (name as Theme) : "default");

/**
 * Signs in through Teams: initialize the SDK (failing fast when the page is not hosted by Teams), then take
 * tokens from Teams SSO. Teams caches the token and refreshes it when it nears expiry, so every call asks it.
 */
export async function teamsSignIn(
  teams: TeamsContextPort,
  options: { timeoutMs?: number; wait?: (ms: number) => Promise<void> } = {},
): Promise<Session> {
  const notInTeams = new SignInError(
    "Convenor's tab runs inside Microsoft Teams: open it from the Convenor app in Teams.",
    "not-in-teams",
  );
  if (!teams.isHosted()) throw notInTeams;
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const timedOut = Symbol("timed out");
  const outcome = await Promise.race([
    teams.initialize().then(() => "ready" as const),
    wait(options.timeoutMs ?? teamsInitializeTimeoutMs).then(() => timedOut),
  ]).catch(() => timedOut);
  if (outcome === timedOut) throw notInTeams;

  const context: { theme?: string; subPageId?: string } = await teams.context().catch(() => ({}));
  const getToken = async () => {
    try {
      return await teams.getAuthToken();
    } catch (error) {
      throw tokenError(error);
    }
  };
  await getToken();
  return {
    kind: "teams",
    getToken,
    theme: themeOf(context.theme),
    ...(context.subPageId ? { startPath: context.subPageId } : {}),
    onThemeChange: (handler) => teams.onThemeChange((name) => handler(themeOf(name))),
  };
}

/** getAuthToken fails with a string or an Error; consent and sign-in needs are the ones a person can act on. */
function tokenError(error: unknown): SignInError {
  const text = error instanceof Error ? error.message : String(error);
  if (/consent|invalid_grant|interaction_required|resourceRequiresConsent/i.test(text)) {
    return new SignInError(
      "Convenor needs your consent (or your administrator's) to sign you in. Ask your Microsoft 365 administrator to grant it, then reopen the tab.",
      "consent-required",
    );
  }
  return new SignInError(`Teams could not sign you in to Convenor (${text.slice(0, 200)}).`, "failed");
}
