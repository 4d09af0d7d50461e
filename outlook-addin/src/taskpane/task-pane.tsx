import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ApiClient, ConvenorApi, ErrorBanner } from "@convenor/ui";
import { useCallback, useEffect, useState } from "react";
import { localSignIn } from "../auth/local-sign-in.js";
import { naaSignIn } from "../auth/naa-sign-in.js";
import type { PaneConfig, SignIn } from "../auth/sign-in.js";
import type { MailboxPort } from "../mailbox/mailbox.port.js";
import { meetingIdInBody } from "../pane/appointment-body.js";
import { MeetingView } from "./meeting-view.js";
import { ScheduleView } from "./schedule-view.js";

const useStyles = makeStyles({
  main: {
    padding: tokens.spacingHorizontalM,
    display: "grid",
    gap: tokens.spacingVerticalM,
    fontFamily: tokens.fontFamilyBase,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

export interface TaskPaneProps {
  config: PaneConfig;
  mailbox: MailboxPort;
}

type Opened = { kind: "new" } | { kind: "meeting"; meetingId: string };

/** The pane: sign in, then schedule from a new appointment or show the meeting an appointment belongs to. */
export function TaskPane({ config, mailbox }: TaskPaneProps) {
  const styles = useStyles();
  const [api, setApi] = useState<ConvenorApi | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [signingIn, setSigningIn] = useState(false);
  const who = mailbox.userEmail();

  const signIn = useCallback(async () => {
    setSigningIn(true);
    setError(null);
    try {
      let session: SignIn;
      if (config.signIn.kind === "naa") session = await naaSignIn(config.signIn);
      else if (who) session = await localSignIn(who);
      else throw new Error("The harness has no mailbox user.");
      const client = new ConvenorApi(new ApiClient({ getToken: () => session.getToken() }));
      const meetingId = (await mailbox.currentEventId())
        ? meetingIdInBody(await mailbox.readBodyText())
        : null;
      setOpened(meetingId ? { kind: "meeting", meetingId } : { kind: "new" });
      setApi(client);
    } catch (caught) {
      setError(caught);
    } finally {
      setSigningIn(false);
    }
  }, [config, mailbox, who]);

  useEffect(() => {
    // Nested app auth signs in silently when it can; the local personas wait for a click.
    if (config.signIn.kind === "naa") void signIn();
  }, [config, signIn]);

  return (
    <main className={styles.main}>
      <h1 className={styles.title}>Convenor</h1>
      <ErrorBanner error={error} />
      {!api &&
        (signingIn ? (
          <Spinner label="Signing in…" />
        ) : (
          <Button appearance="primary" onClick={() => void signIn()}>
            {config.signIn.kind === "local" && who ? `Sign in as ${who}` : "Sign in"}
          </Button>
        ))}
      {api && opened?.kind === "new" && <ScheduleView api={api} mailbox={mailbox} />}
      {api && opened?.kind === "meeting" && <MeetingView api={api} meetingId={opened.meetingId} />}
    </main>
  );
}
