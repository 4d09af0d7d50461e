import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import { ReportCodes } from "./report-codes.js";

/** The longest period one report covers: two years of monthly counts. */
export const maxReportMonths = 24;

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export interface MonthRange {
  fromMonth: string;
  toMonth: string;
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthAt = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;

/** Every month from `fromMonth` to `toMonth`, both included (a report shows empty months as 0). */
export const monthsOf = (range: MonthRange): string[] =>
  Array.from({ length: monthIndex(range.toMonth) - monthIndex(range.fromMonth) + 1 }, (_, i) =>
    monthAt(monthIndex(range.fromMonth) + i),
  );

/** A range a report can cover: YYYY-MM months, the end not before the start, at most 24 months. */
export function checkReportRange(range: MonthRange): Result<MonthRange> {
  if (!monthPattern.test(range.fromMonth) || !monthPattern.test(range.toMonth)) {
    return fail(ErrorCodes.validation, "Give the months as YYYY-MM.");
  }
  const months = monthIndex(range.toMonth) - monthIndex(range.fromMonth) + 1;
  if (months < 1) return fail(ReportCodes.rangeReversed, "The end month is before the start month.");
  if (months > maxReportMonths) {
    return fail(ReportCodes.rangeTooLong, `A report covers at most ${maxReportMonths} months.`);
  }
  return ok(range);
}

/** The ISG annual report presented in June (002 B 4.3): the twelve months June to May before it. */
export const annualReportPeriod = (year: number): MonthRange => ({
  fromMonth: `${year - 1}-06`,
  toMonth: `${year}-05`,
});
