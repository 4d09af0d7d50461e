export { ReviewCodes } from "./review-codes.js";
export {
  checkNextReviewDate,
  consultationAfterMonths,
  defaultReviewIntervalMonths,
  isOverdue,
  latestNextReview,
  needsConsultation,
  twelveMonthsOn,
} from "./review-schedule.js";
export { cinReference, reviewsPath } from "./review-reference.js";
export { consultationTaskKind, planAmendedKind, reviewNoticeKinds } from "./review-notices.js";
export { listCinReviews } from "./list-cin-reviews.js";
export { recordReviewOutcome } from "./record-review-outcome.js";
export { requestEarlyReview } from "./request-early-review.js";
export { startCinPlan } from "./start-cin-plan.js";
export { runReviewChecks, type ReviewChecks } from "./run-review-checks.js";
export { earlyReviewTitle, takePendingEarlyReviews } from "./list-early-reviews.js";
export {
  isReviewNotice,
  loadReviewDelivery,
  type ReviewDelivery,
  type ReviewNotice,
} from "./load-review-delivery.js";
export { setReviewConsultees } from "./set-review-consultees.js";
