import { ukLocalDate } from "../calendar/iso-date.js";
import { previousMonth } from "../ratings/two-reds.js";

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (text: string): boolean => monthPattern.test(text);

/** The month after a `YYYY-MM` month: `2026-12` -> `2027-01`. */
export function nextMonth(month: string): string {
  const match = monthPattern.exec(month);
  if (!match) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  const [year, monthNumber] = [Number(match[1]), Number(match[2])];
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, "0")}`;
}

/** `count` months ending with `last`, oldest first. */
export function monthsEnding(last: string, count: number): string[] {
  const months = [last];
  while (months.length < count) months.unshift(previousMonth(months[0]!));
  return months;
}

/**
 * The month open for rating at an instant: the current UK calendar month. Workers rate how things stand this
 * month, from the card that arrives on its first working day until the month ends.
 */
export const openMonthAt = (isoDateTime: string): string => ukLocalDate(isoDateTime).slice(0, 7);

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2026-10` -> `Oct 2026`. */
export function monthLabel(month: string): string {
  const match = monthPattern.exec(month);
  if (!match) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  return `${monthNames[Number(match[2]) - 1]} ${match[1]}`;
}
