/**
 * The tracker's CSV import (`POST /api/panels/:panelId/tracker/import`), as the tab calls it.
 *
 * ASSUMED CONTRACT: these types are the front end's own until `shared/src/api` defines the route's request and
 * answer; replace them with `shared`'s when it does. A file with any rejected row imports nothing unless
 * `onlyValidRows`; `dryRun` checks the file and writes nothing.
 */
export interface TrackerImportRequest {
  /** The file's text, as read in the browser. */
  csv: string;
  onlyValidRows: boolean;
  dryRun: boolean;
}

/** A row the import refused, and why. */
export interface TrackerImportRejection {
  /** The file's row number, the header being row 1. */
  row: number;
  /** The column at fault, by its header; null when the whole row is (a duplicate, too few columns). */
  column: string | null;
  reason: string;
}

export interface TrackerImportReport {
  dryRun: boolean;
  /** Rows imported (on a dry run: rows that would be). */
  imported: number;
  rejected: TrackerImportRejection[];
}
