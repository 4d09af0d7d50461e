import type { CountGrid, ReportTable } from "./report-table.js";

/** The default: counts of 1 to 4 are shown as "<5" (a count of 0 identifies nobody and is shown). */
export const defaultSuppressionThreshold = 5;

const hidden = (count: number, threshold: number) => count > 0 && count < threshold;

/**
 * Lays out a grid and suppresses small counts. A total is suppressed too when its line has a suppressed cell
 * (otherwise the total minus the cells shown gives the hidden count back); the grand total likewise when any
 * cell is suppressed.
 */
export function suppressedTable(grid: CountGrid, threshold: number): ReportTable {
  const columns = grid.columnOrder;
  const cell = new Map<string, number>();
  for (const { row, column, count } of grid.counts) {
    const key = `${row}\u0000${column}`;
    cell.set(key, (cell.get(key) ?? 0) + count);
  }
  const raw = grid.rowOrder.map((row) => columns.map((column) => cell.get(`${row}\u0000${column}`) ?? 0));
  const show = (count: number) => (hidden(count, threshold) ? null : count);
  const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
  const lineTotal = (counts: number[]) =>
    counts.some((count) => hidden(count, threshold)) ? null : show(sum(counts));
  const rows = grid.rowOrder.map((label, i) => ({
    label,
    cells: raw[i]!.map(show),
    total: lineTotal(raw[i]!),
  }));
  const totals = columns.map((_, c) => lineTotal(raw.map((line) => line[c]!)));
  const all = raw.flat();
  return {
    id: grid.id,
    title: grid.title,
    rowHeading: grid.rowHeading,
    columns,
    rows,
    totals,
    grandTotal: lineTotal(all),
  };
}
