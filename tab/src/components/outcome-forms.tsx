import { useState, type FormEvent, type ReactNode } from "react";
import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from "@fluentui/react-components";
import {
  decisionKindLabels,
  decisionKinds,
  maxActionDescription,
  maxSharingNote,
  resourceKinds,
  resourceLabels,
  resourceOutcomeLabels,
  resourceOutcomes,
  sharingMethodLabels,
  sharingMethods,
  type DecisionKind,
  type DecisionOutcome,
  type RecordDecisionBody,
  type ResourceKind,
  type ResourceOutcome,
  type SharingMethod,
} from "@convenor/shared";
import { ErrorBanner } from "@convenor/ui";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    maxWidth: "36rem",
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

const outcomeLabels: Record<DecisionOutcome, string> = {
  approved: "Approved",
  declined: "Declined",
  deferred: "Deferred to a later meeting",
  noted: "Noted",
};

/** Sends once at a time: a second click while the first is in flight does nothing. */
function useSubmit(send: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    send()
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return { busy, error, submit };
}

/** The chair records the decision on one case item (003 3.7): outcome or resource, reasons, review date. */
export function DecisionForm(props: {
  reference: string;
  onRecord: (body: Omit<RecordDecisionBody, "agendaItemId">) => Promise<void>;
}): ReactNode {
  const styles = useStyles();
  const [kind, setKind] = useState<DecisionKind>("case");
  const [outcome, setOutcome] = useState<DecisionOutcome>("approved");
  const [resource, setResource] = useState<ResourceKind>("residential-placement-group");
  const [resourceOutcome, setResourceOutcome] = useState<ResourceOutcome>("agreed");
  const [placement, setPlacement] = useState<"planned" | "unplanned">("planned");
  const [reasons, setReasons] = useState("");
  const [reviewDate, setReviewDate] = useState("");
  const { busy, error, submit } = useSubmit(() =>
    props.onRecord({
      kind,
      reasons,
      reviewDate: reviewDate || null,
      ...(kind === "resource-request"
        ? {
            resource: {
              resource,
              outcome: resourceOutcome,
              placement: resource === "isg-purchased-placement" ? placement : null,
            },
          }
        : { outcome }),
    }),
  );
  return (
    <form className={styles.form} onSubmit={submit} aria-label={`Record the decision on ${props.reference}`}>
      <Field label="Kind of decision">
        <Select value={kind} onChange={(_e, d) => setKind(d.value as DecisionKind)}>
          {decisionKinds.map((k) => (
            <option key={k} value={k}>
              {decisionKindLabels[k]}
            </option>
          ))}
        </Select>
      </Field>
      {kind === "resource-request" ? (
        <>
          <Field label="Resource requested">
            <Select value={resource} onChange={(_e, d) => setResource(d.value as ResourceKind)}>
              {resourceKinds.map((r) => (
                <option key={r} value={r}>
                  {resourceLabels[r]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Resource outcome">
            <Select
              value={resourceOutcome}
              onChange={(_e, d) => setResourceOutcome(d.value as ResourceOutcome)}
            >
              {resourceOutcomes.map((o) => (
                <option key={o} value={o}>
                  {resourceOutcomeLabels[o]}
                </option>
              ))}
            </Select>
          </Field>
          {resource === "isg-purchased-placement" && (
            <Field label="The placement was">
              <Select
                value={placement}
                onChange={(_e, d) => setPlacement(d.value as "planned" | "unplanned")}
              >
                <option value="planned">Planned</option>
                <option value="unplanned">Unplanned (discussed retrospectively)</option>
              </Select>
            </Field>
          )}
        </>
      ) : (
        <Field label="Outcome">
          <Select value={outcome} onChange={(_e, d) => setOutcome(d.value as DecisionOutcome)}>
            {(Object.keys(outcomeLabels) as DecisionOutcome[]).map((o) => (
              <option key={o} value={o}>
                {outcomeLabels[o]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label="Reasons (required)" hint="Recorded on the child's record and sent to the referrer.">
        <Textarea value={reasons} maxLength={2000} onChange={(_e, d) => setReasons(d.value)} />
      </Field>
      <Field label="Review date (optional)">
        <Input type="date" value={reviewDate} onChange={(_e, d) => setReviewDate(d.value)} />
      </Field>
      <ErrorBanner error={error} />
      <Button type="submit" appearance="primary" disabled={busy}>
        Record decision
      </Button>
    </form>
  );
}

/** Adds an action: an owner and a due date, both required. */
export function ActionForm(props: {
  label: string;
  people: { id: string; name: string }[];
  onAdd: (body: { ownerId: string; description: string; dueOn: string }) => Promise<void>;
}): ReactNode {
  const styles = useStyles();
  const [ownerId, setOwnerId] = useState("");
  const [description, setDescription] = useState("");
  const [dueOn, setDueOn] = useState("");
  const { busy, error, submit } = useSubmit(async () => {
    await props.onAdd({ ownerId, description, dueOn });
    setDescription("");
    setDueOn("");
  });
  return (
    <form className={styles.form} onSubmit={submit} aria-label={props.label}>
      <Field label="Action (required)">
        <Input
          value={description}
          maxLength={maxActionDescription}
          onChange={(_e, d) => setDescription(d.value)}
        />
      </Field>
      <Field label="Owner (required)">
        <Select value={ownerId} onChange={(_e, d) => setOwnerId(d.value)}>
          <option value="">Choose the owner</option>
          {props.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Due (required)">
        <Input type="date" value={dueOn} onChange={(_e, d) => setDueOn(d.value)} />
      </Field>
      <ErrorBanner error={error} />
      <Button type="submit" disabled={busy}>
        Add action
      </Button>
    </form>
  );
}

/** Records when and how the outcome was shared with the family (002 A 6.6). */
export function SharingForm(props: {
  reference: string;
  onRecord: (body: { sharedOn: string; method: SharingMethod; note: string | null }) => Promise<void>;
}): ReactNode {
  const styles = useStyles();
  const [sharedOn, setSharedOn] = useState("");
  const [method, setMethod] = useState<SharingMethod>("in-person");
  const [note, setNote] = useState("");
  const { busy, error, submit } = useSubmit(() => props.onRecord({ sharedOn, method, note: note || null }));
  return (
    <form
      className={styles.form}
      onSubmit={submit}
      aria-label={`Record sharing with the family for ${props.reference}`}
    >
      <Field label="Shared on (required)">
        <Input type="date" value={sharedOn} onChange={(_e, d) => setSharedOn(d.value)} />
      </Field>
      <Field label="How">
        <Select value={method} onChange={(_e, d) => setMethod(d.value as SharingMethod)}>
          {sharingMethods.map((m) => (
            <option key={m} value={m}>
              {sharingMethodLabels[m]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Note (optional)">
        <Textarea value={note} maxLength={maxSharingNote} onChange={(_e, d) => setNote(d.value)} />
      </Field>
      <ErrorBanner error={error} />
      <Button type="submit" disabled={busy}>
        Record sharing
      </Button>
    </form>
  );
}
