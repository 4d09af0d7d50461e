import { parseIsoDate } from "../calendar/iso-date.js";
import type { Child } from "../model/people.js";

/**
 * The day a person born on `dateOfBirth` reaches `years` of age, as YYYY-MM-DD. Someone born on 29 February
 * reaches it on 1 March in a common year (as in UK law).
 */
export function birthdayAt(dateOfBirth: string, years: number): string {
  const born = parseIsoDate(dateOfBirth);
  const birthday = new Date(Date.UTC(born.getUTCFullYear() + years, born.getUTCMonth(), born.getUTCDate()));
  return birthday.toISOString().slice(0, 10);
}

/**
 * Whether a young person is rated on the High Risk Panel's tracker in `month` (YYYY-MM) (004: looked after
 * with a plan to remain in long-term care, aged 14 to 18): looked after, their 14th birthday falls in that
 * month or before it, and they are not yet 18 on its first day (an 18th birthday on the 1st ends it).
 */
export function isTrackerEligible(child: Pick<Child, "dateOfBirth" | "lookedAfter">, month: string): boolean {
  return trackerEligibility(child)(month);
}

/** `isTrackerEligible` for one young person over many months: the birthdays are worked out once. */
export function trackerEligibility(
  child: Pick<Child, "dateOfBirth" | "lookedAfter">,
): (month: string) => boolean {
  if (!child.lookedAfter) return () => false;
  const fourteenthMonth = birthdayAt(child.dateOfBirth, 14).slice(0, 7);
  const eighteenth = birthdayAt(child.dateOfBirth, 18);
  return (month) => fourteenthMonth <= month && eighteenth > `${month}-01`;
}
