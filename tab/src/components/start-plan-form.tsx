import { useState, type FormEvent, type ReactNode } from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { addMonths, reviewLimits, type CinReviewRow, type StartCinPlanInput } from "@convenor/shared";
import { messageOf } from "@convenor/ui";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "40rem" },
});

/**
 * The chair or coordinator puts a plan made at a CIN Planning Meeting under the panel's review: the child, the
 * plan's start, its first review (within the panel's interval), and whether it records the need for longer
 * support. People named on the plan are added through the API (`namedPersonIds`).
 */
export function StartPlanForm(props: {
  panelId: string;
  today: string;
  intervalMonths: number;
  send: (input: StartCinPlanInput) => Promise<CinReviewRow>;
  onStarted: (row: CinReviewRow) => void;
}): ReactNode {
  const styles = useStyles();
  const [givenName, setGivenName] = useState("");
  const [familyName, setFamilyName] = useState("");
  const [dateOfBirth, setDateOfBirth] = useState("");
  const [startedOn, setStartedOn] = useState(props.today);
  const [firstReviewOn, setFirstReviewOn] = useState(addMonths(props.today, props.intervalMonths));
  const [longerSupport, setLongerSupport] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const complete = givenName.trim() && familyName.trim() && dateOfBirth && startedOn && firstReviewOn;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !complete) return;
    setBusy(true);
    setError(null);
    try {
      props.onStarted(
        await props.send({
          panelId: props.panelId,
          child: { givenName: givenName.trim(), familyName: familyName.trim(), dateOfBirth },
          startedOn,
          firstReviewOn,
          longerSupport,
          namedPersonIds: [],
        }),
      );
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  const limit = reviewLimits.nameMaxLength;
  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)}>
      <Field label="Child's given name" required>
        <Input value={givenName} maxLength={limit} onChange={(_e, data) => setGivenName(data.value)} />
      </Field>
      <Field label="Child's family name" required>
        <Input value={familyName} maxLength={limit} onChange={(_e, data) => setFamilyName(data.value)} />
      </Field>
      <Field label="Child's date of birth" required>
        <Input
          type="date"
          value={dateOfBirth}
          max={props.today}
          onChange={(_e, data) => setDateOfBirth(data.value)}
        />
      </Field>
      <Field label="Plan started" required>
        <Input
          type="date"
          value={startedOn}
          max={props.today}
          onChange={(_e, data) => setStartedOn(data.value)}
        />
      </Field>
      <Field
        label="First review"
        required
        hint={`At most ${props.intervalMonths} months after the plan started.`}
      >
        <Input type="date" value={firstReviewOn} onChange={(_e, data) => setFirstReviewOn(data.value)} />
      </Field>
      <Checkbox
        checked={longerSupport}
        onChange={(_e, data) => setLongerSupport(data.checked === true)}
        label="The plan records the need for longer support (e.g. a disabled child): no 12-month consultation"
      />
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button type="submit" appearance="primary" disabled={busy || !complete}>
          {busy ? "Saving…" : "Put the plan under review"}
        </Button>
      </div>
    </form>
  );
}
