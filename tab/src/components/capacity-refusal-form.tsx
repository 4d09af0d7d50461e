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
  tokens,
} from "@fluentui/react-components";
import {
  addMonths,
  capacityRefusalLimits as limits,
  capacityRefusalReasonLabels,
  capacityRefusalReasons,
  type CapacityRefusalReason,
  type RecordCapacityRefusalBody,
  type RecordCapacityRefusalResult,
} from "@convenor/shared";
import { ApiError, messageOf } from "@convenor/ui";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "40rem" },
});

type FieldName = "organisation" | "service" | "reason" | "waitingWeeks" | "refusedOn" | "locality";

/**
 * A third-sector organisation could not take the work (002 Appendix 2): what was asked of whom and why, to count
 * unmet need. No child is named; each field's error comes from the use case. One key per filled-in form, so a
 * double click records once.
 */
export function CapacityRefusalForm(props: {
  today: string;
  send: (body: RecordCapacityRefusalBody) => Promise<RecordCapacityRefusalResult>;
  onRecorded: (result: RecordCapacityRefusalResult) => void;
}): ReactNode {
  const styles = useStyles();
  const blank = { organisation: "", service: "", waitingWeeks: "", locality: "", refusedOn: props.today };
  const [values, setValues] = useState(blank);
  const [reason, setReason] = useState<CapacityRefusalReason>("no-capacity");
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (field: keyof typeof blank) => (_e: unknown, data: { value: string }) =>
    setValues((current) => ({ ...current, [field]: data.value }));
  const message = (field: FieldName) =>
    error instanceof ApiError ? error.fields.find((f) => f.field === field)?.message : undefined;
  const state = (field: FieldName) => (message(field) ? "error" : "none");

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const weeks = values.waitingWeeks.trim();
      const result = await props.send({
        idempotencyKey: key,
        organisation: values.organisation,
        service: values.service,
        reason,
        waitingWeeks: weeks === "" ? null : Number(weeks),
        refusedOn: values.refusedOn,
        locality: values.locality.trim() === "" ? null : values.locality,
      });
      props.onRecorded(result);
      setValues(blank);
      setKey(crypto.randomUUID());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const general = error && !(error instanceof ApiError && error.fields.length > 0) ? messageOf(error) : null;
  // noValidate: the browser's own checks would stop the form before the use case says what is wrong.
  return (
    <form
      className={styles.form}
      onSubmit={(event) => void submit(event)}
      aria-label="Record a third-sector capacity refusal"
      noValidate
    >
      <Field
        label="Organisation"
        required
        hint="The third-sector organisation that could not help. Do not name the child or family anywhere on this form: it only counts unmet need."
        validationState={state("organisation")}
        validationMessage={message("organisation")}
      >
        <Input
          value={values.organisation}
          maxLength={limits.organisationMaxLength}
          onChange={set("organisation")}
        />
      </Field>
      <Field
        label="Service asked for"
        required
        hint="e.g. parenting support, mentoring; no case detail."
        validationState={state("service")}
        validationMessage={message("service")}
      >
        <Input value={values.service} maxLength={limits.serviceMaxLength} onChange={set("service")} />
      </Field>
      <Field label="Reason" required validationState={state("reason")} validationMessage={message("reason")}>
        <RadioGroup value={reason} onChange={(_e, data) => setReason(data.value as CapacityRefusalReason)}>
          {capacityRefusalReasons.map((value) => (
            <Radio key={value} value={value} label={capacityRefusalReasonLabels[value]} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label="Waiting time, weeks"
        hint={`If the organisation gave one: ${limits.minWaitingWeeks} to ${limits.maxWaitingWeeks}.`}
        validationState={state("waitingWeeks")}
        validationMessage={message("waitingWeeks")}
      >
        <Input
          type="number"
          inputMode="numeric"
          min={limits.minWaitingWeeks}
          max={limits.maxWaitingWeeks}
          value={values.waitingWeeks}
          onChange={set("waitingWeeks")}
        />
      </Field>
      <Field
        label="Date it was refused"
        required
        hint={`Within the last ${limits.maxAgeMonths} months.`}
        validationState={state("refusedOn")}
        validationMessage={message("refusedOn")}
      >
        <Input
          type="date"
          value={values.refusedOn}
          min={addMonths(props.today, -limits.maxAgeMonths)}
          max={props.today}
          onChange={set("refusedOn")}
        />
      </Field>
      <Field
        label="Locality"
        hint="The area the service would have been in, if it helps the counts."
        validationState={state("locality")}
        validationMessage={message("locality")}
      >
        <Input value={values.locality} maxLength={limits.localityMaxLength} onChange={set("locality")} />
      </Field>
      {general && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{general}</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          {busy ? "Recording…" : "Record the refusal"}
        </Button>
      </div>
    </form>
  );
}
