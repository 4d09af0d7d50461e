import { useEffect, useState, type ReactNode } from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from "@fluentui/react-components";
import { loadTabConfig } from "./app-config.js";
import { LocalSignIn } from "./sign-in/local-sign-in.js";
import { PersonaPicker } from "./sign-in/persona-picker.js";
import type { Session } from "./sign-in/session.js";
import { teamsSignIn } from "./sign-in/teams-sign-in.js";
import { Shell } from "./shell.js";

type Start =
  | { phase: "starting" }
  | { phase: "pick-persona"; local: LocalSignIn }
  | { phase: "signed-in"; session: Session; local: LocalSignIn | null }
  | { phase: "failed"; message: string };

const themes = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

/** Finds out how to sign in, signs in (Teams SSO, or a local persona), then shows the tab. */
export function Root(): ReactNode {
  const [start, setStart] = useState<Start>({ phase: "starting" });
  const [theme, setTheme] = useState<Session["theme"]>("default");

  useEffect(() => {
    signIn().then(
      (started) => {
        if (started.phase === "signed-in") {
          const { startPath } = started.session;
          // A deep link opens its view unless the address already names one.
          if (startPath && (window.location.hash === "" || window.location.hash === "#/")) {
            window.location.hash = `#/${startPath}`;
          }
          setTheme(started.session.theme);
          started.session.onThemeChange?.(setTheme);
        }
        setStart(started);
      },
      (error: unknown) =>
        setStart({ phase: "failed", message: error instanceof Error ? error.message : String(error) }),
    );
  }, []);

  return (
    <FluentProvider theme={themes[theme]} style={{ minHeight: "100vh" }}>
      {start.phase === "starting" && (
        <main style={{ padding: "2rem" }}>
          <Spinner label="Signing you in to Convenor…" />
        </main>
      )}
      {start.phase === "failed" && (
        <main style={{ padding: "2rem" }}>
          <h1>Convenor</h1>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>You are not signed in</MessageBarTitle>
              {start.message}
            </MessageBarBody>
          </MessageBar>
        </main>
      )}
      {start.phase === "pick-persona" && (
        <PersonaPicker
          signIn={start.local}
          onSignedIn={(session) => setStart({ phase: "signed-in", session, local: start.local })}
        />
      )}
      {start.phase === "signed-in" && (
        <Shell
          session={start.session}
          onSignOut={
            start.local
              ? () => {
                  start.session.signOut?.();
                  setStart({ phase: "pick-persona", local: start.local! });
                }
              : null
          }
        />
      )}
    </FluentProvider>
  );
}

async function signIn(): Promise<Start> {
  const config = await loadTabConfig((url) => fetch(url));
  if (config.signIn === "local-issuer") {
    const local = new LocalSignIn({
      fetch: (url, init) => fetch(url, init),
      store: window.sessionStorage,
      now: () => Date.now(),
    });
    const session = local.resume();
    return session ? { phase: "signed-in", session, local } : { phase: "pick-persona", local };
  }
  // Loaded only in Teams: the SDK is not part of the local tab's first load.
  const { teamsJsContext } = await import("./sign-in/teams-js-context.js");
  return { phase: "signed-in", session: await teamsSignIn(teamsJsContext), local: null };
}
