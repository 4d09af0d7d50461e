import Holidays from "date-holidays";
import { isNation, nations, type Nation } from "../model/panel.js";
import { bankHolidaySnapshot, firstSnapshotYear, lastSnapshotYear } from "./uk-bank-holidays-snapshot.js";

const subdivisionOf: Record<Nation, string> = { scotland: "SCT", "england-wales": "ENG" };

const calendars = new Map<Nation, Holidays>();
const holidaysByNationYear = new Map<string, ReadonlySet<string>>();

function calendarFor(nation: Nation): Holidays {
  let calendar = calendars.get(nation);
  if (!calendar) {
    // Only days off work: observances such as Mother's Day are not holidays. Substitute days come back
    // from date-holidays as public holidays of their own, so they are excluded from working days too.
    calendar = new Holidays("GB", subdivisionOf[nation], { types: ["public", "bank"] });
    calendars.set(nation, calendar);
  }
  return calendar;
}

/** Throws on a nation without a calendar here: guessing one would move every working-day deadline. */
export function assertNation(nation: unknown): asserts nation is Nation {
  if (!isNation(nation)) {
    throw new RangeError(`Unknown nation ${JSON.stringify(nation)}: expected one of ${nations.join(", ")}`);
  }
}

/**
 * The bank and public holidays (YYYY-MM-DD) of one year in one nation, substitute days included: from the
 * GOV.UK snapshot for the years it covers, which has the days appointed by proclamation, else `date-holidays`.
 */
export function bankHolidays(year: number, nation: Nation): ReadonlySet<string> {
  assertNation(nation);
  const cacheKey = `${nation}:${year}`;
  let holidays = holidaysByNationYear.get(cacheKey);
  if (!holidays) {
    holidays = snapshotCovers(year) ? snapshotHolidays(year, nation) : computedHolidays(year, nation);
    holidaysByNationYear.set(cacheKey, holidays);
  }
  return holidays;
}

function snapshotCovers(year: number): boolean {
  return year >= firstSnapshotYear && year <= lastSnapshotYear;
}

function snapshotHolidays(year: number, nation: Nation): ReadonlySet<string> {
  const prefix = `${year}-`;
  return new Set(bankHolidaySnapshot[nation].map(([date]) => date).filter((date) => date.startsWith(prefix)));
}

/** What `date-holidays` computes for the year: the fallback beyond the snapshot, and its cross-check. */
export function computedHolidays(year: number, nation: Nation): ReadonlySet<string> {
  assertNation(nation);
  return new Set(
    calendarFor(nation)
      .getHolidays(year)
      .filter((holiday) => holiday.type === "public" || holiday.type === "bank")
      .map((holiday) => holiday.date.slice(0, 10)),
  );
}

export function isBankHoliday(date: string, nation: Nation): boolean {
  return bankHolidays(Number(date.slice(0, 4)), nation).has(date);
}
