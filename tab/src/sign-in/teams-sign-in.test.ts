import { describe, expect, it } from "vitest";
import { SignInError } from "./session.js";
import type { TeamsContextPort } from "./teams-context.port.js";
import { teamsSignIn } from "./teams-sign-in.js";

/** A Teams host that answers as configured and counts token requests. */
function fakeTeams(overrides: Partial<TeamsContextPort> = {}) {
  let tokensAsked = 0;
  let themeHandler: ((theme: string) => void) | null = null;
  const port: TeamsContextPort = {
    onThemeChange: (handler) => {
      themeHandler = handler;
    },
    isHosted: () => true,
    initialize: () => Promise.resolve(),
    context: () => Promise.resolve({ theme: "dark" }),
    getAuthToken: () => Promise.resolve(`sso-token-${++tokensAsked}`),
    ...overrides,
  };
  return { port, tokensAsked: () => tokensAsked, switchTheme: (theme: string) => themeHandler?.(theme) };
}

const never = () => new Promise<void>(() => {});

/** The SignInError a sign-in that Teams never times out on ends with. */
async function signInFailure(port: TeamsContextPort): Promise<SignInError> {
  const failure: unknown = await teamsSignIn(port, { wait: never }).then(
    () => null,
    (error: unknown) => error,
  );
  if (!(failure instanceof SignInError)) throw new Error(`Expected a SignInError, got ${String(failure)}`);
  return failure;
}
const immediately = () => Promise.resolve();

describe("signing in through Teams", () => {
  it("initializes Teams, takes the SSO token for each API call and follows the Teams theme", async () => {
    const teams = fakeTeams();
    const session = await teamsSignIn(teams.port, { wait: never });
    expect(session.kind).toBe("teams");
    expect(session.theme).toBe("dark");
    expect(await session.getToken()).toBe("sso-token-2");
    expect(await session.getToken()).toBe("sso-token-3");
  });

  it("says to open the tab in Teams when the page is not hosted by Teams, without waiting", async () => {
    const teams = fakeTeams({ isHosted: () => false, initialize: never });
    const failure = await signInFailure(teams.port);
    expect(failure.reason).toBe("not-in-teams");
    expect(failure.message).toContain("open it from the Convenor app in Teams");
  });

  it("gives up when Teams never answers initialize", async () => {
    const teams = fakeTeams({ initialize: never });
    await expect(teamsSignIn(teams.port, { wait: immediately })).rejects.toMatchObject({
      reason: "not-in-teams",
    });
    expect(teams.tokensAsked()).toBe(0);
  });

  it("asks for consent in words when Teams SSO needs it", async () => {
    const teams = fakeTeams({ getAuthToken: () => Promise.reject(new Error("resourceRequiresConsent")) });
    const failure = await signInFailure(teams.port);
    expect(failure.reason).toBe("consent-required");
    expect(failure.message).toContain("administrator");
  });

  it("reports any other SSO failure with what Teams said", async () => {
    const teams = fakeTeams({ getAuthToken: () => Promise.reject(new Error("CancelledByUser")) });
    const failure = await signInFailure(teams.port);
    expect(failure.reason).toBe("failed");
    expect(failure.message).toContain("CancelledByUser");
  });

  it("opens the view a deep link into the tab names", async () => {
    const teams = fakeTeams({
      context: () => Promise.resolve({ theme: "default", subPageId: "meetings/m-1" }),
    });
    expect((await teamsSignIn(teams.port, { wait: never })).startPath).toBe("meetings/m-1");
    expect((await teamsSignIn(fakeTeams().port, { wait: never })).startPath).toBeUndefined();
  });

  it("follows the person switching the Teams theme", async () => {
    const teams = fakeTeams();
    const seen: string[] = [];
    (await teamsSignIn(teams.port, { wait: never })).onThemeChange?.((theme) => seen.push(theme));
    teams.switchTheme("contrast");
    teams.switchTheme("something new");
    expect(seen).toEqual(["contrast", "default"]);
  });

  it("uses the default theme when Teams names one the tab does not know", async () => {
    const teams = fakeTeams({ context: () => Promise.resolve({ theme: "sepia" }) });
    expect((await teamsSignIn(teams.port, { wait: never })).theme).toBe("default");
  });
});
