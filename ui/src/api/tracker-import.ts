import type { TrackerImportReport } from "@convenor/shared";

/**
 * One call of the tracker's CSV import (`POST /api/panels/:panelId/tracker/import`, the file as `text/csv`):
 * `dryRun` checks the file and writes nothing; a file with any rejected row imports nothing unless
 * `onlyValidRows`.
 */
export interface TrackerImportRequest {
  /** The file's text, as read in the browser. */
  csv: string;
  onlyValidRows: boolean;
  dryRun: boolean;
}

export type { TrackerImportReport };
