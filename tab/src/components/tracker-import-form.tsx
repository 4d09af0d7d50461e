import { useId, useState, type ChangeEvent, type ReactNode } from "react";
import {
  Button,
  Label,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import { trackerImportLimits } from "@convenor/shared";
import { messageOf, type TrackerImportReport, type TrackerImportRequest } from "@convenor/ui";

/** The import's own limit; a bigger file is refused here, before it is sent. */
export const maxImportBytes = trackerImportLimits.maxBytes;
const maxImportMegabytes = maxImportBytes / 1_000_000;

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "start" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
  table: { borderCollapse: "collapse" },
  cell: {
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

type Stage =
  | { step: "choose" }
  | { step: "busy"; what: string }
  | { step: "checked"; csv: string; report: TrackerImportReport }
  | { step: "imported"; report: TrackerImportReport };

/**
 * A chair's or coordinator's import of a tracker spreadsheet saved as CSV: "Check file" asks the server what it
 * would import (a dry run, nothing written), then the person imports it, or only its valid rows when some are
 * rejected. A file with a rejected row imports nothing unless only its valid rows are asked for.
 */
export function TrackerImportForm(props: {
  send: (request: TrackerImportRequest) => Promise<TrackerImportReport>;
  onImported: () => void;
}): ReactNode {
  const styles = useStyles();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ step: "choose" });
  const [problem, setProblem] = useState<string | null>(null);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.currentTarget.files?.[0] ?? null);
    setStage({ step: "choose" });
    setProblem(null);
  };

  const check = async () => {
    if (!file) return setProblem("Choose a CSV file first.");
    if (file.size > maxImportBytes) {
      return setProblem(
        `${file.name} is larger than ${maxImportMegabytes} MB: split it into a few months at a time.`,
      );
    }
    setProblem(null);
    setStage({ step: "busy", what: "Checking the file…" });
    try {
      const csv = await file.text();
      const report = await props.send({ csv, onlyValidRows: false, dryRun: true });
      setStage({ step: "checked", csv, report });
    } catch (error) {
      setProblem(`${file.name}: ${messageOf(error)}`);
      setStage({ step: "choose" });
    }
  };

  const importRows = async (csv: string, onlyValidRows: boolean) => {
    setStage({ step: "busy", what: "Importing…" });
    try {
      const report = await props.send({ csv, onlyValidRows, dryRun: false });
      setStage({ step: "imported", report });
      if (report.imported > 0) props.onImported();
    } catch (error) {
      setProblem(messageOf(error));
      setStage({ step: "choose" });
    }
  };

  return (
    <div className={styles.form}>
      <Label htmlFor={id}>Spreadsheet saved as CSV</Label>
      <input id={id} type="file" accept=".csv,text/csv" aria-describedby={`${id}-hint`} onChange={choose} />
      <Text id={`${id}-hint`} size={200} className={styles.hint}>
        One row a young person and month, with the five areas as Red, Amber or Green; at most{" "}
        {maxImportMegabytes} MB.
      </Text>
      <div className={styles.actions}>
        <Button onClick={() => void check()} disabled={stage.step === "busy"}>
          Check file
        </Button>
        {stage.step === "checked" && stage.report.imported > 0 && (
          <Button
            appearance="primary"
            onClick={() => void importRows(stage.csv, stage.report.rejected.length > 0)}
          >
            {stage.report.rejected.length > 0
              ? `Import only the ${rowCount(stage.report.imported)} that can be`
              : `Import ${rowCount(stage.report.imported)}`}
          </Button>
        )}
      </div>
      <div role="status">
        {stage.step === "busy" && <Text>{stage.what}</Text>}
        {stage.step === "checked" && <Text>{checkedText(stage.report)}</Text>}
        {stage.step === "imported" && <Text weight="semibold">{importedText(stage.report)}</Text>}
      </div>
      {problem && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {(stage.step === "checked" || stage.step === "imported") && stage.report.rejected.length > 0 && (
        <table className={styles.table}>
          <caption className={styles.cell}>Rows that cannot be imported</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>
                Row
              </th>
              <th scope="col" className={styles.cell}>
                Column
              </th>
              <th scope="col" className={styles.cell}>
                Why
              </th>
            </tr>
          </thead>
          <tbody>
            {stage.report.rejected.map((rejection, index) => (
              <tr key={`${rejection.row}-${rejection.column}-${index}`}>
                <td className={styles.cell}>{rejection.row}</td>
                <td className={styles.cell}>
                  {rejection.column === "(row)" ? "The whole row" : rejection.column}
                </td>
                <td className={styles.cell}>{rejection.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

const rowCount = (count: number): string => (count === 1 ? "1 row" : `${count} rows`);

function checkedText(report: TrackerImportReport): string {
  const rejected = report.rejected.length;
  if (rejected === 0)
    return `The file is ready: ${rowCount(report.imported)} to import. Nothing is saved yet.`;
  return `${rowCount(report.imported)} can be imported; ${rejected === 1 ? "1 problem" : `${rejected} problems`} below. Nothing is saved yet: the whole file imports only once every row is right, or import only the rows that are.`;
}

function importedText(report: TrackerImportReport): string {
  if (report.imported === 0) return "Nothing was imported.";
  return `Imported ${rowCount(report.imported)}.${
    report.rejected.length > 0 ? ` The rows below were left out.` : ""
  }`;
}
