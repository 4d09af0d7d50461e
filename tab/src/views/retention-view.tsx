import { useState, type FormEvent, type ReactNode } from "react";
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import {
  defaultRetentionPeriods,
  retentionKinds,
  retentionLimits,
  type RetentionKind,
  type RetentionPeriods,
} from "@convenor/shared";
import { ApiError, messageOf } from "@convenor/ui";
import { retentionApi } from "../api/retention.js";
import { LoadState } from "../components/load-state.js";
import { Page } from "../components/page.js";
import { useLoad } from "../components/use-load.js";
import { useTab } from "../tab-context.js";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "40rem" },
});

/** What each period counts from, as the daily job applies it (docs/domain.md, README "Retention"). */
const kindLabels: Record<RetentionKind, { label: string; after: string }> = {
  referral: {
    label: "Referrals, with the child's record",
    after: "after the referral was closed, declined or decided",
  },
  caseObservation: { label: "Case observations", after: "after they were recorded" },
  minute: { label: "Names in CIN minutes' agreements", after: "after the meeting" },
  deliveredMessage: { label: "Delivered Teams and mail messages", after: "after delivery" },
};

const yearsOf = (months: number) =>
  months % 12 === 0 ? ` (${months / 12} year${months === 12 ? "" : "s"})` : "";

/**
 * The administrator's retention periods: how many months each kind of record is kept before the daily job
 * anonymises it. The use case checks the values; its messages show by the field they are about.
 */
export default function RetentionView(): ReactNode {
  const { api } = useTab();
  const periods = useLoad(() => retentionApi.periods(api), "retention-periods");
  return (
    <Page title="Retention periods">
      <p>
        After its period a record is anonymised by the daily job: names, free text and exact dates go; dates,
        outcomes, ratings and counts stay for the reports.
      </p>
      <LoadState state={periods} what="the retention periods">
        {(value, replace) => <RetentionForm periods={value} onSaved={replace} />}
      </LoadState>
    </Page>
  );
}

function RetentionForm(props: {
  periods: RetentionPeriods;
  onSaved: (periods: RetentionPeriods) => void;
}): ReactNode {
  const styles = useStyles();
  const { api } = useTab();
  const [values, setValues] = useState(() =>
    Object.fromEntries(retentionKinds.map((kind) => [kind, String(props.periods[kind])])),
  );
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const fieldMessage = (kind: RetentionKind) =>
    error instanceof ApiError ? error.fields.find((field) => field.field === kind)?.message : undefined;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const periods = Object.fromEntries(
        retentionKinds.map((kind) => [kind, Number(values[kind]?.trim() || Number.NaN)]),
      ) as RetentionPeriods;
      props.onSaved(await retentionApi.setPeriods(api, periods));
      setSaved(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  // noValidate: the browser's own number checks would stop the form before the use case says what is wrong.
  return (
    <form
      className={styles.form}
      onSubmit={(event) => void save(event)}
      aria-label="Retention periods"
      noValidate
    >
      {retentionKinds.map((kind) => {
        const message = fieldMessage(kind);
        const fallback = defaultRetentionPeriods[kind];
        return (
          <Field
            key={kind}
            label={`${kindLabels[kind].label}, months`}
            required
            validationState={message ? "error" : "none"}
            validationMessage={message}
            hint={`Months ${kindLabels[kind].after}. Default ${fallback}${yearsOf(fallback)}.`}
          >
            <Input
              type="number"
              inputMode="numeric"
              min={retentionLimits.minMonths}
              max={retentionLimits.maxMonths}
              step={1}
              value={values[kind] ?? ""}
              onChange={(_e, data) => setValues((now) => ({ ...now, [kind]: data.value }))}
            />
          </Field>
        );
      })}
      {error !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{messageOf(error)}</MessageBarBody>
        </MessageBar>
      )}
      {saved && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>Retention periods saved.</MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          {busy ? "Saving…" : "Save retention periods"}
        </Button>
      </div>
    </form>
  );
}
