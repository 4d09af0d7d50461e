import { previousMonth, type RagArea, type TrackerGridRow } from "@convenor/shared";

/** What the tracker grid shows: everyone, or one worker's, one team's, one area's young people. */
export interface TrackerFilter {
  workerId: string | null;
  team: string | null;
  /** Only this area's ratings in each month. */
  area: RagArea | null;
  /** With `area`: only young people rated red in it in at least one month shown. */
  redsOnly: boolean;
}

export const noTrackerFilter: TrackerFilter = { workerId: null, team: null, area: null, redsOnly: false };

export function filterTrackerRows(rows: readonly TrackerGridRow[], filter: TrackerFilter): TrackerGridRow[] {
  const { workerId, team, area, redsOnly } = filter;
  return rows.filter(
    (row) =>
      (workerId === null || row.worker.id === workerId) &&
      (team === null || row.team === team) &&
      (area === null || !redsOnly || row.months.some((cell) => cell.areas?.[area] === "red")),
  );
}

/** The workers with a young person on the grid, by name. */
export function workersOf(rows: readonly TrackerGridRow[]): { id: string; name: string }[] {
  const workers = new Map(rows.map((row) => [row.worker.id, row.worker.name]));
  return [...workers]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export function teamsOf(rows: readonly TrackerGridRow[]): string[] {
  return [...new Set(rows.map((row) => row.team))].sort((a, b) => a.localeCompare(b));
}

/**
 * The ratings that listed the young person for the panel, as `month|area` keys: each listing's area red in its
 * month and the month before.
 */
export function listingRatings(row: TrackerGridRow): Set<string> {
  const keys = new Set<string>();
  for (const listing of row.due) {
    for (const area of listing.areas) {
      keys.add(`${listing.month}|${area}`);
      keys.add(`${previousMonth(listing.month)}|${area}`);
    }
  }
  return keys;
}
