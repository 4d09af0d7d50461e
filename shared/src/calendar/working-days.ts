import type { Nation } from "../model/panel.js";
import { assertNation, isBankHoliday } from "./bank-holidays.js";
import { addCalendarDays, dayOfWeek, parseIsoDate } from "./iso-date.js";

/** Monday to Friday and not a bank holiday in the nation (Scotland and England & Wales differ). */
export function isWorkingDay(date: string, nation: Nation): boolean {
  assertNation(nation);
  parseIsoDate(date);
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !isBankHoliday(date, nation);
}

/**
 * Moves `n` working days from `date`, forward for positive `n`, back for negative `n`; `date` itself is not
 * counted. "5 working days before a Friday meeting" is the previous Friday. `n = 0` returns `date` unchanged.
 */
export function addWorkingDays(date: string, n: number, nation: Nation): string {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number: ${n}`);
  assertNation(nation);
  parseIsoDate(date);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = date;
  while (remaining > 0) {
    current = addCalendarDays(current, step);
    if (isWorkingDay(current, nation)) remaining -= 1;
  }
  return current;
}

/** `date` when it is a working day, else the nearest working day in the given direction. */
export function rollToWorkingDay(date: string, direction: "earlier" | "later", nation: Nation): string {
  let current = date;
  while (!isWorkingDay(current, nation)) current = addCalendarDays(current, direction === "earlier" ? -1 : 1);
  return current;
}
