import { ragAreas, type Rag, type RagArea } from "../model/rating.js";
import type { TrackedYoungPersonView, TrackerEntry } from "../model/tracker.js";
import { previousMonth, type DueForPanel } from "../ratings/two-reds.js";

export const displayNameOf = (child: Pick<TrackedYoungPersonView, "givenName" | "familyName">) =>
  `${child.givenName} ${child.familyName}`;

const collator = new Intl.Collator("en-GB");

/** Family name, then given name, then id: the order people read a caseload in. */
export function byName(a: TrackedYoungPersonView, b: TrackedYoungPersonView): number {
  return (
    collator.compare(a.familyName, b.familyName) ||
    collator.compare(a.givenName, b.givenName) ||
    (a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0)
  );
}

/** All five areas, null where not rated yet. */
export function allAreas(areas: Partial<Record<RagArea, Rag>>): Record<RagArea, Rag | null> {
  return {
    "missing-or-exploitation": areas["missing-or-exploitation"] ?? null,
    "education-employment-training": areas["education-employment-training"] ?? null,
    "placement-permanency": areas["placement-permanency"] ?? null,
    "youth-justice": areas["youth-justice"] ?? null,
    health: areas.health ?? null,
  };
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

/**
 * The months among `months` in which one young person's complete entries make them due (two reds in the same
 * area, this month and the month before): the rule of `youngPeopleDueForPanel`, for one young person's months
 * at once, without building a list per month (a 600-row grid asks it 7,200 times).
 */
export function dueListings(entries: readonly TrackerEntry[], months: readonly string[]): DueForPanel[] {
  const byMonth = new Map<string, TrackerEntry>();
  for (const entry of entries) if (entry.complete) byMonth.set(entry.month, entry);
  const due: DueForPanel[] = [];
  for (const month of months) {
    const now = byMonth.get(month);
    const before = now && byMonth.get(previousMonth(month));
    if (!now || !before) continue;
    const areas = ragAreas.filter((area) => now.areas[area] === "red" && before.areas[area] === "red");
    if (areas.length > 0) due.push({ childId: now.childId, month, areas });
  }
  return due;
}
