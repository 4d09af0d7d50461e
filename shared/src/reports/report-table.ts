/**
 * A report as people read it: one or more tables of counts, each drawn as a chart with the table beside it
 * and exported as CSV. A `null` cell is a suppressed count (fewer than `suppressedBelow`, shown "<5").
 */
export interface ReportTable {
  id: string;
  title: string;
  /** What the rows are, e.g. "Month" or "Establishment". */
  rowHeading: string;
  columns: string[];
  rows: { label: string; cells: (number | null)[]; total: number | null }[];
  /** Column totals; null where a total would reveal a suppressed cell. */
  totals: (number | null)[];
  grandTotal: number | null;
}

/**
 * A table of text as written (the strategic review's progress across periods): no counts, so no chart and no
 * totals. `columnGroups` head runs of `columns` (spans adding up to the number of columns), e.g. a meeting date
 * over its half-year data and work undertaken.
 */
export interface TextReportTable {
  id: string;
  title: string;
  columnGroups: { label: string; span: number }[];
  columns: string[];
  /** One cell per column; "" where nothing was written. */
  rows: { cells: string[] }[];
}

export interface Report {
  kind: ReportKind;
  title: string;
  panelId: string;
  panelName: string;
  fromMonth: string;
  toMonth: string;
  /** Counts from 1 to this minus 1 are suppressed so that no child can be recognised. */
  suppressedBelow: number;
  tables: ReportTable[];
  textTables: TextReportTable[];
  /** What the reader needs to know about the tables, e.g. a period left out and why. */
  notes: string[];
}

export const reportKinds = [
  "minimum-data-set",
  "unmet-need",
  "placements",
  "high-risk-trends",
  "strategic-review",
] as const;
export type ReportKind = (typeof reportKinds)[number];

/** Grouped counts laid out as rows by columns; `rowOrder`/`columnOrder` fix the order (and show zero lines). */
export interface CountGrid {
  id: string;
  title: string;
  rowHeading: string;
  rowOrder: string[];
  columnOrder: string[];
  counts: { row: string; column: string; count: number }[];
}

/** The keys in `counts` not already in `order`, appended in first-seen order. */
export const withSeen = (order: readonly string[], seen: readonly string[]): string[] => [
  ...order,
  ...[...new Set(seen)].filter((key) => !order.includes(key)),
];
