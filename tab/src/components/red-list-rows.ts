import { monthLabel, previousMonth, type RedListEntry } from "@convenor/shared";
import { ragAreaLabel } from "../labels.js";

/** One young person on a meeting's red list, as the page's table reads. */
export interface RedListRow {
  key: string;
  name: string;
  worker: string;
  team: string;
  areas: string;
  months: string;
}

/**
 * The red list's rows, in the agenda's order. A listing is two months running red in the same areas: both
 * months are named. A young person whose ratings have since changed, or who left the tracker, keeps their row.
 */
export function redListRows(youngPeople: readonly RedListEntry[]): RedListRow[] {
  return youngPeople.map((entry) => ({
    key: entry.agendaItemId,
    name: entry.displayName,
    worker: entry.worker?.name ?? "No longer on the tracker",
    team: entry.team ?? "–",
    areas: entry.due
      ? entry.due.areas.map((area) => ragAreaLabel[area].full).join("; ")
      : "No longer red twice running",
    months: entry.due ? twoMonths(entry.due.month) : "–",
  }));
}

/** `2026-10` -> `Sep and Oct 2026`; across a new year, `Dec 2025 and Jan 2026`. */
function twoMonths(second: string): string {
  const [first, last] = [monthLabel(previousMonth(second)), monthLabel(second)];
  const [firstName, firstYear] = first.split(" ");
  return firstYear === last.split(" ")[1] ? `${firstName} and ${last}` : `${first} and ${last}`;
}
