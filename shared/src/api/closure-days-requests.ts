import { z } from "zod";
import { closureDayLimits } from "../closure-days/closure-day-rules.js";
import type { ClosureDaysOfYear } from "../closure-days/set-closure-days.js";

/**
 * Request shapes of the closure-day routes. Bounds here only keep requests small; the use case checks the
 * rules (at most 60 days a year, reasons up to 100 characters, which years) and names each day at fault.
 */

const yearText = z
  .string()
  .regex(/^\d{4}$/, "A year written YYYY.")
  .transform(Number);

/** `GET /api/closure-days?year=YYYY`. */
export const closureDaysQuery = z.strictObject({ year: yearText });
export type ClosureDaysQuery = z.infer<typeof closureDaysQuery>;

/** The `{year}` of `PUT /api/closure-days/{year}`. */
export const closureDaysYearParam = z.strictObject({ year: yearText });

/** `PUT /api/closure-days/{year}`: every closure day of that year; it replaces the year's list. */
export const setClosureDaysBody = z.strictObject({
  days: z
    .array(
      z.strictObject({
        date: z.string().max(10, "A date written YYYY-MM-DD."),
        reason: z.string().max(400, `A reason has at most ${closureDayLimits.reasonMaxLength} characters.`),
      }),
    )
    .max(366, `At most ${closureDayLimits.maxDaysPerYear} closure days a year.`),
});
export type SetClosureDaysBody = z.infer<typeof setClosureDaysBody>;

/** What both routes answer: the year's closure days, earliest first (`{ year, days: [{ date, reason }] }`). */
export type ClosureDaysResponse = ClosureDaysOfYear;
