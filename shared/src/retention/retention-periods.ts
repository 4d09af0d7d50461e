import {
  defaultRetentionPeriods,
  retentionKinds,
  retentionLimits,
  type RetentionPeriods,
} from "../model/retention.js";
import { fail, ok, type FieldError, type Result } from "../model/result.js";
import { RetentionCodes } from "./retention-codes.js";

/** The periods in force: those set, else the defaults. */
export function periodsInForce(stored: Partial<RetentionPeriods>): RetentionPeriods {
  return { ...defaultRetentionPeriods, ...stored };
}

/** Every period a whole number of months within the limits, or a failure naming each one out of range. */
export function checkPeriods(periods: RetentionPeriods): Result<RetentionPeriods> {
  const { minMonths, maxMonths } = retentionLimits;
  const errors: FieldError[] = retentionKinds
    .filter((kind) => {
      const months = periods[kind];
      return !Number.isInteger(months) || months < minMonths || months > maxMonths;
    })
    .map((kind) => ({
      field: kind,
      code: RetentionCodes.periodOutOfRange,
      message: `Between ${minMonths} and ${maxMonths} whole months.`,
    }));
  if (errors.length > 0) {
    return fail(RetentionCodes.periodOutOfRange, "A retention period is out of range.", errors);
  }
  return ok(periods);
}
