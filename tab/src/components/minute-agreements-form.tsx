import { useState, type ReactNode } from "react";
import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from "@fluentui/react-components";
import { minuteLimits, type MinuteAgreement, type MinuteVersion } from "@convenor/shared";
import { Section } from "./page.js";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(12rem, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

const stateLabels: Record<MinuteAgreement["state"], string> = {
  agreed: "Agreed",
  "not-agreed": "Not agreed",
  "not-yet": "Not yet asked",
};

/**
 * CIN (003 1.6): the child's and parents' agreement to this version, and any contentious issue. The names stay
 * in Convenor; the filed minute shows the relationship and the agreement only.
 */
export function MinuteAgreementsForm(props: {
  minute: MinuteVersion;
  busy: boolean;
  onSave: (agreements: MinuteAgreement[], contentiousIssues: string) => void;
}): ReactNode {
  const styles = useStyles();
  const [rows, setRows] = useState<MinuteAgreement[]>(
    props.minute.agreements.length
      ? props.minute.agreements
      : [{ name: "", relationship: "Child", state: "not-yet", on: null }],
  );
  const [issues, setIssues] = useState(props.minute.contentiousIssues);
  const change = (index: number, patch: Partial<MinuteAgreement>) =>
    setRows(rows.map((row, n) => (n === index ? { ...row, ...patch } : row)));
  return (
    <Section title={`Agreement to version ${props.minute.version}`} id="minute-agreements">
      {rows.map((row, index) => (
        <fieldset key={index} className={styles.row} aria-label={`Person ${index + 1}`}>
          <Field label={`Name (person ${index + 1})`} required>
            <Input
              value={row.name}
              maxLength={minuteLimits.agreementName}
              onChange={(_e, d) => change(index, { name: d.value })}
            />
          </Field>
          <Field label={`Relationship (person ${index + 1})`} required>
            <Input
              value={row.relationship}
              maxLength={minuteLimits.agreementRelationship}
              onChange={(_e, d) => change(index, { relationship: d.value })}
            />
          </Field>
          <Field label={`Agreement (person ${index + 1})`}>
            <Select
              value={row.state}
              onChange={(_e, d) => change(index, { state: d.value as MinuteAgreement["state"] })}
            >
              {Object.entries(stateLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={`Date (person ${index + 1})`}>
            <Input
              type="date"
              value={row.on ?? ""}
              onChange={(_e, d) => change(index, { on: d.value || null })}
            />
          </Field>
        </fieldset>
      ))}
      <Field label="Contentious issues">
        <Textarea
          value={issues}
          maxLength={minuteLimits.contentiousIssues}
          onChange={(_e, d) => setIssues(d.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button
          onClick={() => setRows([...rows, { name: "", relationship: "Parent", state: "not-yet", on: null }])}
          disabled={rows.length >= minuteLimits.agreements}
        >
          Add a person
        </Button>
        <Button appearance="primary" disabled={props.busy} onClick={() => props.onSave(rows, issues)}>
          Save the agreement
        </Button>
      </div>
    </Section>
  );
}
