import { useState, type FormEvent, type ReactNode } from "react";
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { reviewLimits, type RequestEarlyReviewResult } from "@convenor/shared";
import { messageOf } from "@convenor/ui";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "40rem" },
});

/** A member asks for an early review after a significant change in the family's circumstances (003 3.2). */
export function EarlyReviewForm(props: {
  send: (reason: string) => Promise<RequestEarlyReviewResult>;
  onRequested: (result: RequestEarlyReviewResult) => void;
}): ReactNode {
  const styles = useStyles();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const short = reason.trim().length < reviewLimits.earlyReasonMinLength;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || short) return;
    setBusy(true);
    setError(null);
    try {
      props.onRequested(await props.send(reason.trim()));
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)}>
      <Field
        label="What has changed"
        required
        hint={`At least ${reviewLimits.earlyReasonMinLength} characters. Seen by the panel's members.`}
      >
        <Textarea
          value={reason}
          maxLength={reviewLimits.earlyReasonMaxLength}
          onChange={(_e, data) => setReason(data.value)}
        />
      </Field>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button type="submit" appearance="primary" disabled={busy || short}>
          {busy ? "Asking…" : "Ask for an early review"}
        </Button>
      </div>
    </form>
  );
}
