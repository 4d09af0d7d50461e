import { useState, type FormEvent, type ReactNode } from "react";
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import {
  addMonths,
  reviewLimits,
  type CinReviewRow,
  type RecordReviewOutcomeInput,
  type RecordReviewOutcomeResult,
} from "@convenor/shared";
import { messageOf } from "@convenor/ui";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "40rem" },
});

const outcomes = [
  ["continue", "Continue the plan"],
  ["amend", "Amend the plan (circulated to the people named on it)"],
  ["close", "Close the plan"],
  ["step-up", "Step up to child protection"],
] as const;

/**
 * The chair's or coordinator's record of a review (003 3.7, 3.9): outcome, reasons and, unless the plan ends,
 * the next review, at most the panel's interval away unless exceptional circumstances are written down.
 */
export function ReviewOutcomeForm(props: {
  plan: CinReviewRow;
  today: string;
  intervalMonths: number;
  send: (input: RecordReviewOutcomeInput) => Promise<RecordReviewOutcomeResult>;
  onRecorded: (result: RecordReviewOutcomeResult) => void;
}): ReactNode {
  const styles = useStyles();
  const { plan, today } = props;
  const [outcome, setOutcome] = useState<RecordReviewOutcomeInput["outcome"]>("continue");
  const [reviewedOn, setReviewedOn] = useState(today);
  const [reasons, setReasons] = useState("");
  const [nextReviewOn, setNextReviewOn] = useState(addMonths(today, props.intervalMonths));
  const [exceptional, setExceptional] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ends = outcome === "close" || outcome === "step-up";
  const latest = reviewedOn ? addMonths(reviewedOn, props.intervalMonths) : null;
  const beyond = !ends && latest !== null && nextReviewOn > latest;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !plan.nextReviewDue) return;
    setBusy(true);
    setError(null);
    try {
      const result = await props.send({
        planId: plan.planId,
        reviewDueOn: plan.nextReviewDue,
        reviewedOn,
        outcome,
        reasons: reasons.trim(),
        nextReviewOn: ends ? null : nextReviewOn,
        exceptionalReason: !ends && exceptional.trim() ? exceptional.trim() : null,
      });
      props.onRecorded(result);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)}>
      <Field label="Outcome" required>
        <RadioGroup value={outcome} onChange={(_e, data) => setOutcome(data.value as typeof outcome)}>
          {outcomes.map(([value, label]) => (
            <Radio key={value} value={value} label={label} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Date of the review" required>
        <Input
          type="date"
          value={reviewedOn}
          max={today}
          onChange={(_e, data) => setReviewedOn(data.value)}
        />
      </Field>
      <Field label="Reasons" required hint="Recorded on the child's record with the date (003 3.7).">
        <Textarea
          value={reasons}
          maxLength={reviewLimits.reasonsMaxLength}
          onChange={(_e, data) => setReasons(data.value)}
        />
      </Field>
      {!ends && (
        <Field
          label="Next review"
          required
          hint={latest ? `At most ${props.intervalMonths} months after the review: by ${latest}.` : undefined}
        >
          <Input type="date" value={nextReviewOn} onChange={(_e, data) => setNextReviewOn(data.value)} />
        </Field>
      )}
      {!ends && (
        <Field
          label="Exceptional circumstances"
          validationState={beyond ? "warning" : "none"}
          validationMessage={
            beyond ? `The next review is more than ${props.intervalMonths} months away: say why.` : undefined
          }
          hint="Only for a next review further off than the panel's interval, e.g. a disabled child (003 3.1)."
        >
          <Textarea
            value={exceptional}
            maxLength={reviewLimits.exceptionalReasonMaxLength}
            onChange={(_e, data) => setExceptional(data.value)}
          />
        </Field>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button type="submit" appearance="primary" disabled={busy || reasons.trim() === ""}>
          {busy ? "Recording…" : "Record the outcome"}
        </Button>
      </div>
    </form>
  );
}
