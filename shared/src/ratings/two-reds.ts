import { ragAreas, type MonthlyRating } from "../model/rating.js";

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month before a `YYYY-MM` month: `2027-01` -> `2026-12`. */
export function previousMonth(month: string): string {
  const match = monthPattern.exec(month);
  if (!match) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  const [year, monthNumber] = [Number(match[1]), Number(match[2])];
  return monthNumber === 1 ? `${year - 1}-12` : `${year}-${String(monthNumber - 1).padStart(2, "0")}`;
}

const isRed = (rating: MonthlyRating) => ragAreas.some((area) => rating.areas[area] === "red");

/**
 * Children rated red in any area in `month` and in the month before: the CiC High Risk Panel lists them for
 * its next meeting (004 Process). The areas need not be the same in both months. 004 says "a rating of Red
 * for a period of 2 months in any of the areas" and, in the same paragraph, sends the panel "the Red Rated
 * children", a rating of the child rather than of one area; docs/domain.md ("RAG ratings and votes") and the
 * agreed contract read it the same way, and listing a child whose risk moved from one area to another is the
 * safer reading.
 * A month with no rating breaks the run. When a child has several ratings in one month, any red one counts.
 * Returns child ids, sorted.
 */
export function youngPeopleDueForPanel(ratings: MonthlyRating[], month: string): string[] {
  const before = previousMonth(month);
  const redIn = (wanted: string) =>
    new Set(
      ratings.filter((rating) => rating.month === wanted && isRed(rating)).map((rating) => rating.childId),
    );
  const redBefore = redIn(before);
  return [...redIn(month)].filter((childId) => redBefore.has(childId)).sort();
}
