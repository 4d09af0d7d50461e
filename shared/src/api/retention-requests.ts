import { z } from "zod";
import type { RetentionPeriods } from "../model/retention.js";

/**
 * `PUT /api/retention-periods`: every kind's period in months (the whole setting; sending it twice leaves the
 * same). Bounds here only keep numbers sane; the use case checks whole months from 1 to 1,200.
 */
const months = z.number().finite().min(-1e6).max(1e6);
export const setRetentionPeriodsBody = z.strictObject({
  referral: months,
  caseObservation: months,
  minute: months,
  deliveredMessage: months,
});

/** What both routes answer: the periods in force, in months. */
export type RetentionPeriodsResponse = RetentionPeriods;
