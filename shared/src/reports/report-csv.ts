import type { Report } from "./report-table.js";

/** A cell a spreadsheet would run as a formula (CSV injection) gets a leading apostrophe. */
const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const count = (value: number | null, below: number) => (value === null ? `<${below}` : String(value));

/**
 * The report as CSV (RFC 4180, CRLF): its notes under the title line, each table under its title, suppressed
 * counts as "<5"; a text table with its column groups on a line above its columns.
 */
export function reportCsv(report: Report): string {
  const lines: string[][] = [
    [report.title, report.panelName, `${report.fromMonth} to ${report.toMonth}`],
    ...report.notes.map((note) => [note]),
  ];
  for (const table of report.tables) {
    lines.push([], [table.title], [table.rowHeading, ...table.columns, "Total"]);
    for (const row of table.rows) {
      lines.push([
        row.label,
        ...row.cells.map((c) => count(c, report.suppressedBelow)),
        count(row.total, report.suppressedBelow),
      ]);
    }
    lines.push([
      "Total",
      ...table.totals.map((c) => count(c, report.suppressedBelow)),
      count(table.grandTotal, report.suppressedBelow),
    ]);
  }
  for (const table of report.textTables) {
    const groups = table.columnGroups.flatMap((group) => [
      group.label,
      ...Array<string>(group.span - 1).fill(""),
    ]);
    lines.push([], [table.title], groups, table.columns, ...table.rows.map((row) => row.cells));
  }
  return lines.map((line) => line.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
