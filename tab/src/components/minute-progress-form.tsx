import { useState, type ReactNode } from "react";
import { Button, Field, Input, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { minuteLimits, type OutcomeProgressRow } from "@convenor/shared";
import { Section } from "./page.js";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(14rem, 1fr))",
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

const cells: [keyof OutcomeProgressRow, string][] = [
  ["outcome", "Outcome statement"],
  ["indicator", "Indicator"],
  ["workUndertaken", "Work undertaken to date"],
  ["workPlanned", "Work planned"],
  ["halfYearData", "Half-year data"],
  ["notes", "Notes"],
];

const emptyRow = (): OutcomeProgressRow => ({
  outcome: "",
  indicator: "",
  workUndertaken: "",
  workPlanned: "",
  halfYearData: "",
  notes: "",
});

/** A strategic group's outcome-indicator progress table for this meeting (001); the minute carries it. */
export function MinuteProgressForm(props: {
  rows: OutcomeProgressRow[];
  busy: boolean;
  onSave: (rows: OutcomeProgressRow[]) => void;
}): ReactNode {
  const styles = useStyles();
  const [rows, setRows] = useState(props.rows.length ? props.rows : [emptyRow()]);
  const change = (index: number, key: keyof OutcomeProgressRow, value: string) =>
    setRows(rows.map((row, n) => (n === index ? { ...row, [key]: value } : row)));
  return (
    <Section title="Outcome indicators: progress" id="minute-progress">
      {rows.map((row, index) => (
        <fieldset key={index} className={styles.row} aria-label={`Indicator ${index + 1}`}>
          {cells.map(([key, label]) => (
            <Field
              key={key}
              label={`${label} (row ${index + 1})`}
              required={key === "outcome" || key === "indicator"}
            >
              {key === "outcome" || key === "indicator" ? (
                <Input
                  value={row[key]}
                  maxLength={minuteLimits.progressCell}
                  onChange={(_e, d) => change(index, key, d.value)}
                />
              ) : (
                <Textarea
                  value={row[key]}
                  maxLength={minuteLimits.progressCell}
                  onChange={(_e, d) => change(index, key, d.value)}
                />
              )}
            </Field>
          ))}
        </fieldset>
      ))}
      <div className={styles.actions}>
        <Button
          onClick={() => setRows([...rows, emptyRow()])}
          disabled={rows.length >= minuteLimits.progressRows}
        >
          Add an indicator
        </Button>
        <Button appearance="primary" disabled={props.busy} onClick={() => props.onSave(rows)}>
          Save the progress table
        </Button>
      </div>
    </Section>
  );
}
