import { parseIsoDate } from "../calendar/iso-date.js";
import type { ClosureDay } from "../model/closure-day.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type FieldError, type Result } from "../model/result.js";
import { hasForbiddenCharacters, hasVisibleText } from "../referrals/requirements/text-rules.js";

/** What an administrator may set; the API and any form show the same limits. */
export const closureDayLimits = {
  /** More than this is not a closure but a mistake (a whole quarter pasted in); leave is not set here. */
  maxDaysPerYear: 60,
  reasonMaxLength: 100,
  /** Years that may be set, relative to this year (UK): last year, for corrections, up to five ahead. */
  yearsBack: 1,
  yearsAhead: 5,
  /** Years that may be read: wide, as nothing outside the settable years is ever stored. */
  readableYears: { min: 2000, max: 2100 },
} as const;

const limits = closureDayLimits;

/** The years an administrator may set when it is `thisYear`. */
export function settableYears(thisYear: number): { min: number; max: number } {
  return { min: thisYear - limits.yearsBack, max: thisYear + limits.yearsAhead };
}

export function checkYear(year: number, range: { min: number; max: number }): Result<number> {
  if (Number.isInteger(year) && year >= range.min && year <= range.max) return ok(year);
  return fail(ErrorCodes.validation, `Closure days can be given for ${range.min} to ${range.max}.`, [
    { field: "year", code: ErrorCodes.validation, message: `A year from ${range.min} to ${range.max}.` },
  ]);
}

/**
 * The year's closure days, trimmed and sorted, or a validation failure with one error per day at fault
 * (field `days.N.date` or `days.N.reason`). Weekends and bank holidays may be listed: they change nothing.
 */
export function parseClosureDays(year: number, days: readonly ClosureDay[]): Result<ClosureDay[]> {
  if (days.length > limits.maxDaysPerYear) {
    return fail(ErrorCodes.validation, `At most ${limits.maxDaysPerYear} closure days a year.`, [
      { field: "days", code: ErrorCodes.validation, message: `At most ${limits.maxDaysPerYear} days.` },
    ]);
  }
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const parsed: ClosureDay[] = [];
  days.forEach((day, index) => {
    const dateError = dateProblem(day.date, year, seen);
    if (dateError)
      errors.push({ field: `days.${index}.date`, code: ErrorCodes.validation, message: dateError });
    seen.add(day.date);
    const reason = day.reason.trim();
    const reasonError = reasonProblem(reason);
    if (reasonError) errors.push({ field: `days.${index}.reason`, ...reasonError });
    parsed.push({ date: day.date, reason });
  });
  if (errors.length) return fail(ErrorCodes.validation, "Some closure days need attention.", errors);
  return ok(parsed.sort((a, b) => a.date.localeCompare(b.date)));
}

function dateProblem(date: string, year: number, seen: ReadonlySet<string>): string | null {
  try {
    parseIsoDate(date);
  } catch {
    return `"${date.slice(0, 20)}" is not a date written YYYY-MM-DD.`;
  }
  if (!date.startsWith(`${year}-`)) return `${date} is not in ${year}.`;
  if (seen.has(date)) return `${date} is listed twice.`;
  return null;
}

function reasonProblem(reason: string): Omit<FieldError, "field"> | null {
  if (!hasVisibleText(reason)) {
    return { code: ErrorCodes.validation, message: "Give a reason, e.g. Council closure." };
  }
  if (reason.length > limits.reasonMaxLength) {
    return {
      code: ErrorCodes.tooLong,
      message: `A reason has at most ${limits.reasonMaxLength} characters.`,
    };
  }
  if (hasForbiddenCharacters(reason, false)) {
    return {
      code: ErrorCodes.validation,
      message: "The reason contains a control character: type it again.",
    };
  }
  return null;
}
