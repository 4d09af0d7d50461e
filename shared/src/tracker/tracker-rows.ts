import { ragAreas, type Rag, type RagArea } from "../model/rating.js";
import type { TrackedYoungPersonView, TrackerEntry } from "../model/tracker.js";
import { previousMonth, youngPeopleDueForPanel, type DueForPanel } from "../ratings/two-reds.js";

export const displayNameOf = (child: Pick<TrackedYoungPersonView, "givenName" | "familyName">) =>
  `${child.givenName} ${child.familyName}`;

/** Family name, then given name, then id: the order people read a caseload in. */
export function byName(a: TrackedYoungPersonView, b: TrackedYoungPersonView): number {
  return (
    a.familyName.localeCompare(b.familyName, "en-GB") ||
    a.givenName.localeCompare(b.givenName, "en-GB") ||
    (a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0)
  );
}

/** All five areas, null where not rated yet. */
export function allAreas(areas: Partial<Record<RagArea, Rag>>): Record<RagArea, Rag | null> {
  return Object.fromEntries(ragAreas.map((area) => [area, areas[area] ?? null])) as Record<
    RagArea,
    Rag | null
  >;
}

export function groupByChild(entries: readonly TrackerEntry[]): Map<string, TrackerEntry[]> {
  const byChild = new Map<string, TrackerEntry[]>();
  for (const entry of entries) {
    const list = byChild.get(entry.childId);
    if (list) list.push(entry);
    else byChild.set(entry.childId, [entry]);
  }
  return byChild;
}

/** The months among `months` in which one young person's complete entries make them due (two reds, same area). */
export function dueListings(entries: readonly TrackerEntry[], months: readonly string[]): DueForPanel[] {
  const complete = entries.filter((entry) => entry.complete);
  const wanted = new Set(months);
  return complete
    .filter((entry) => wanted.has(entry.month))
    .flatMap((entry) => {
      const pair = complete.filter(
        (other) => other.month === entry.month || other.month === previousMonth(entry.month),
      );
      return youngPeopleDueForPanel(pair, entry.month);
    });
}
