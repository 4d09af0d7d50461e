import type { Nation } from "../model/panel.js";
import { assertNation, isBankHoliday } from "./bank-holidays.js";
import { addCalendarDays, dayOfWeek, parseIsoDate } from "./iso-date.js";

/**
 * The organisation's own closure days (YYYY-MM-DD), e.g. a council's days between Christmas and New Year.
 * Every working-day function takes them as an optional last argument; without it only weekends and the
 * nation's bank holidays are days off.
 */
export type ClosureDates = ReadonlySet<string>;

const noClosureDays: ClosureDates = new Set();

/** Monday to Friday, not a bank holiday in the nation (Scotland and England & Wales differ), not a closure day. */
export function isWorkingDay(
  date: string,
  nation: Nation,
  closureDays: ClosureDates = noClosureDays,
): boolean {
  assertNation(nation);
  parseIsoDate(date);
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !isBankHoliday(date, nation) && !closureDays.has(date);
}

/**
 * Moves `n` working days from `date`, forward for positive `n`, back for negative `n`; `date` itself is not
 * counted. "5 working days before a Friday meeting" is the previous Friday. `n = 0` returns `date` unchanged.
 */
export function addWorkingDays(
  date: string,
  n: number,
  nation: Nation,
  closureDays: ClosureDates = noClosureDays,
): string {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number: ${n}`);
  assertNation(nation);
  parseIsoDate(date);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = date;
  while (remaining > 0) {
    current = addCalendarDays(current, step);
    if (isWorkingDay(current, nation, closureDays)) remaining -= 1;
  }
  return current;
}

/** `date` when it is a working day, else the nearest working day in the given direction. */
export function rollToWorkingDay(
  date: string,
  direction: "earlier" | "later",
  nation: Nation,
  closureDays: ClosureDates = noClosureDays,
): string {
  let current = date;
  while (!isWorkingDay(current, nation, closureDays)) {
    current = addCalendarDays(current, direction === "earlier" ? -1 : 1);
  }
  return current;
}
