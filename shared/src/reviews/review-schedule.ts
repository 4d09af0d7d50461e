import { addMonths } from "../calendar/iso-date.js";
import type { CinPlan } from "../model/cin-review.js";
import { fail, ok, type Result } from "../model/result.js";
import { ReviewCodes } from "./review-codes.js";

/** 003 3.1: reviews at least every three months, the panel's `reviewIntervalMonths`. */
export const defaultReviewIntervalMonths = 3;

/** 003 2.2, 3.6: most plans envisage ending within twelve months. */
export const consultationAfterMonths = 12;

/**
 * The latest date the next review may be set for without an exceptional reason: `interval` calendar months
 * after the review, clamped to a shorter month's last day (30 November + 3 months = 28 or 29 February).
 */
export const latestNextReview = (reviewedOn: string, intervalMonths: number): string =>
  addMonths(reviewedOn, intervalMonths);

/**
 * Checks a next review date against the review it follows: after it, and no later than the interval allows
 * unless an exceptional reason is recorded (003 3.1, e.g. a disabled child).
 */
export function checkNextReviewDate(
  reviewedOn: string,
  nextOn: string,
  intervalMonths: number,
  exceptionalReason: string | null,
): Result<void> {
  if (nextOn <= reviewedOn) {
    return fail(ReviewCodes.nextDateNotAfterReview, "The next review must be after this review.");
  }
  const latest = latestNextReview(reviewedOn, intervalMonths);
  if (nextOn > latest && !exceptionalReason) {
    return fail(
      ReviewCodes.dateBeyondInterval,
      `Reviews are at least every ${intervalMonths} months: set the next review on or before ${latest}, or record the exceptional circumstances.`,
    );
  }
  return ok(undefined);
}

/** Due and not reviewed: the due date has passed (a review due today is not overdue yet). */
export const isOverdue = (nextReviewDue: string | null, today: string): boolean =>
  nextReviewDue !== null && nextReviewDue < today;

/** The day a plan has run twelve months (a plan started 29 February reaches it on 28 February). */
export const twelveMonthsOn = (startedOn: string): string => addMonths(startedOn, consultationAfterMonths);

/**
 * 003 3.6: an open plan that has run twelve months, and does not record the need for longer support, needs
 * consultation with the Practice Manager and the Safeguarding Service Manager.
 */
export const needsConsultation = (
  plan: Pick<CinPlan, "state" | "startedOn" | "longerSupport">,
  today: string,
): boolean => plan.state === "open" && !plan.longerSupport && twelveMonthsOn(plan.startedOn) <= today;
