import { useEffect, useState, type ReactNode } from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
  Title1,
} from "@fluentui/react-components";
import type { LocalSignIn, Persona } from "./local-sign-in.js";
import type { Session } from "./session.js";

const useStyles = makeStyles({
  main: {
    maxWidth: "44rem",
    margin: "0 auto",
    padding: tokens.spacingHorizontalXXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  list: { listStyleType: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalS },
  persona: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    padding: tokens.spacingHorizontalM,
  },
  personaText: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
});

/** Local mode's sign-in: pick a demo person; the local issuer signs a token as Entra ID would in Teams. */
export function PersonaPicker(props: {
  signIn: LocalSignIn;
  onSignedIn: (session: Session) => void;
}): ReactNode {
  const styles = useStyles();
  const [personas, setPersonas] = useState<Persona[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    document.title = "Sign in · Convenor";
    props.signIn.personas().then(setPersonas, (e: unknown) => setError(String(e)));
  }, [props.signIn]);

  const pick = (persona: Persona) => {
    setBusy(persona.id);
    props.signIn.signInAs(persona.id).then(props.onSignedIn, (e: unknown) => {
      setBusy(null);
      setError(e instanceof Error ? e.message : String(e));
    });
  };

  return (
    <main className={styles.main}>
      <Title1 as="h1">Sign in to Convenor (local demo)</Title1>
      <Text as="p">
        Local mode has no Microsoft 365 tenant, so pick a demo person; in Teams, Teams signs you in itself.
        Morag Chalmers chairs the ICSMG, LC-JST and ISG panels: she screens referrals and plans meetings.
        Aileen MacLeod refers children; Graham Ross and Sgt Ewan Munro sit on panels as members.
      </Text>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {!personas && !error && <Spinner size="small" label="Loading the demo people…" />}
      {personas && (
        <ul className={styles.list} aria-label="Demo people">
          {personas.map((persona) => (
            <li key={persona.id}>
              <Button
                className={styles.persona}
                disabled={busy !== null}
                onClick={() => pick(persona)}
                aria-describedby={`persona-${persona.id}`}
              >
                <span className={styles.personaText}>
                  <Text weight="semibold">{persona.displayName}</Text>
                  <Text size={200} id={`persona-${persona.id}`}>
                    {persona.jobTitle}
                  </Text>
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
