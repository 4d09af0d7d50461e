import type { Report } from "./report-table.js";

/** A cell a spreadsheet would run as a formula (CSV injection) gets a leading apostrophe. */
const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const count = (value: number | null, below: number) => (value === null ? `<${below}` : String(value));

/** The report as CSV (RFC 4180, CRLF): each table under its title, suppressed counts as "<5". */
export function reportCsv(report: Report): string {
  const lines: string[][] = [[report.title, report.panelName, `${report.fromMonth} to ${report.toMonth}`]];
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
  return lines.map((line) => line.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
