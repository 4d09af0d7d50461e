import { ragAreas, type Rag, type RagArea } from "../model/rating.js";

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month before a `YYYY-MM` month: `2027-01` -> `2026-12`. */
export function previousMonth(month: string): string {
  const match = monthPattern.exec(month);
  if (!match) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  const [year, monthNumber] = [Number(match[1]), Number(match[2])];
  return monthNumber === 1 ? `${year - 1}-12` : `${year}-${String(monthNumber - 1).padStart(2, "0")}`;
}

/** What the rule reads of a month's rating: who, which month, and the areas rated. */
export interface RatedMonth {
  childId: string;
  month: string;
  areas: Partial<Record<RagArea, Rag>>;
}

/** A young person due for the panel: `month` is the second red month, `areas` the areas red in both. */
export interface DueForPanel {
  childId: string;
  month: string;
  areas: RagArea[];
}

/**
 * Children rated red in the SAME area in `month` and in the month before: the CiC High Risk Panel lists them
 * for its next meeting (004 Process: "a rating of Red for a period of 2 months in any of the areas"; issue 10
 * reads it per area: red then amber then red does not list, nor does red in one area then red in another).
 * Pass complete months only: a part-saved month is not a rating yet. A month with no rating breaks the run.
 * When a child has several ratings in one month, an area red in any of them counts.
 * Returns one entry per child, sorted by child id, with the areas in `ragAreas` order.
 */
export function youngPeopleDueForPanel(ratings: readonly RatedMonth[], month: string): DueForPanel[] {
  const before = previousMonth(month);
  const redAreas = (wanted: string) => {
    const byChild = new Map<string, Set<RagArea>>();
    for (const rating of ratings) {
      if (rating.month !== wanted) continue;
      const reds = byChild.get(rating.childId) ?? new Set<RagArea>();
      for (const area of ragAreas) if (rating.areas[area] === "red") reds.add(area);
      byChild.set(rating.childId, reds);
    }
    return byChild;
  };
  const redBefore = redAreas(before);
  const due: DueForPanel[] = [];
  for (const [childId, reds] of redAreas(month)) {
    const earlier = redBefore.get(childId);
    const areas = ragAreas.filter((area) => reds.has(area) && earlier?.has(area));
    if (areas.length > 0) due.push({ childId, month, areas });
  }
  return due.sort((a, b) => (a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : 0));
}
