import type { RecordReviewOutcomeInput, RecordReviewOutcomeResult } from "../api/review-requests.js";
import { ukLocalDate } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import type { CinPlan } from "../model/cin-review.js";
import { ErrorCodes } from "../model/errors.js";
import { DomainFailure, fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { loadReviewManagerAccess } from "./review-access.js";
import { reviewAudit } from "./review-audit.js";
import { ReviewCodes } from "./review-codes.js";
import { planAmendedKind, reviewNotice } from "./review-notices.js";
import { cinReference } from "./review-reference.js";
import { reviewRows } from "./review-rows.js";
import { checkNextReviewDate } from "./review-schedule.js";

const planNotFound = () => fail(ErrorCodes.notFound, "That plan was not found, or you are not on its panel.");

/**
 * The chair or coordinator records a review's outcome (003 3.7, 3.9): continue, amend the plan, close, or step
 * up to child protection, with reasons, and the next review date unless the plan ends. The next review is at
 * most the panel's interval after this one unless exceptional circumstances are recorded (003 3.1). An amended
 * plan is circulated to the Convenor people named on it (003 3.10): a notice to each personal chat, by case
 * reference only. One outcome per review (its due date): a second is refused, and nothing is half-written.
 */
export async function recordReviewOutcome(
  deps: UseCaseDeps,
  actor: Actor,
  input: RecordReviewOutcomeInput,
): Promise<Result<RecordReviewOutcomeResult>> {
  const at = deps.clock.now().toISOString();
  try {
    return await deps.store.transaction((tx) => record(deps, tx, actor, input, at));
  } catch (error) {
    if (error instanceof DomainFailure) return { ok: false, error: error.error };
    throw error;
  }
}

async function record(
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  input: RecordReviewOutcomeInput,
  at: string,
): Promise<Result<RecordReviewOutcomeResult>> {
  const today = ukLocalDate(at);
  const plan = await tx.cinReviews.getPlan(input.planId);
  if (!plan) return planNotFound();
  const access = await loadReviewManagerAccess(tx, actor, plan.panelId);
  if (!access.ok) return access;
  const { panel, intervalMonths } = access.value;
  const alreadyRecorded = () =>
    fail(
      ReviewCodes.alreadyRecorded,
      `The outcome of the review due ${input.reviewDueOn} is already recorded.`,
    );
  if ((await tx.cinReviews.reviewsOf(plan.id)).some((review) => review.dueOn === input.reviewDueOn)) {
    return alreadyRecorded();
  }
  if (plan.state !== "open") return fail(ReviewCodes.planNotOpen, "This plan is closed: it has no reviews.");
  if (plan.nextReviewDue !== input.reviewDueOn) {
    return fail(
      ErrorCodes.conflict,
      `This plan's next review is due ${plan.nextReviewDue}, not ${input.reviewDueOn}. Reload the page.`,
    );
  }
  if (input.reviewedOn > today)
    return fail(ReviewCodes.dateInFuture, "The review date cannot be in the future.");
  if (input.reviewedOn < plan.startedOn) {
    return fail(
      ReviewCodes.beforePlanStart,
      `The plan started on ${plan.startedOn}, after that review date.`,
    );
  }
  const ends = input.outcome === "close" || input.outcome === "step-up";
  const exceptionalReason = input.exceptionalReason ?? null;
  let next: string | null = null;
  if (ends) {
    if (input.nextReviewOn) {
      return fail(
        ErrorCodes.validation,
        "A closed or stepped-up plan has no next review: leave the date empty.",
      );
    }
  } else {
    if (!input.nextReviewOn) return fail(ReviewCodes.nextDateRequired, "Give the date of the next review.");
    const checked = checkNextReviewDate(
      input.reviewedOn,
      input.nextReviewOn,
      intervalMonths,
      exceptionalReason,
    );
    if (!checked.ok) return checked;
    next = input.nextReviewOn;
  }
  const inserted = await tx.cinReviews.insertReview({
    id: newIdFrom(deps),
    planId: plan.id,
    dueOn: input.reviewDueOn,
    reviewedOn: input.reviewedOn,
    outcome: input.outcome,
    reasons: input.reasons,
    nextReviewOn: next,
    exceptionalReason: ends ? null : exceptionalReason,
    recordedById: actor.personId,
    recordedAt: at,
  });
  if (!inserted) return alreadyRecorded();
  const state: CinPlan["state"] =
    input.outcome === "close" ? "closed" : input.outcome === "step-up" ? "stepped-up" : "open";
  const after: CinPlan = {
    ...plan,
    lastReviewedOn: input.reviewedOn,
    nextReviewDue: next,
    state,
    version: plan.version + 1,
  };
  if (!(await tx.cinReviews.updatePlan(after, plan.version)))
    throw new DomainFailure(alreadyRecorded().error);
  for (const request of await tx.cinReviews.earlyRequests(panel.id, ["pending", "listed"])) {
    if (request.planId === plan.id) await tx.cinReviews.updateEarlyRequest({ ...request, state: "done" });
  }
  const circulateTo = input.outcome === "amend" ? [...new Set(plan.namedPersonIds)] : [];
  const reference = cinReference(plan.id);
  for (const personId of circulateTo) {
    await tx.outbox.enqueue(
      reviewNotice(deps, planAmendedKind, personId, panel, reference, at, { reviewedOn: input.reviewedOn }),
    );
  }
  await tx.audit.append(
    reviewAudit(deps, actor, "review.outcome-recorded", plan.childId, at, {
      planId: plan.id,
      outcome: input.outcome,
      reviewedOn: input.reviewedOn,
      nextReviewOn: next,
      exceptional: !ends && exceptionalReason !== null,
      circulatedTo: circulateTo.length,
    }),
  );
  const [view] = (await tx.cinReviews.listPlans(panel.id)).filter((p) => p.id === plan.id);
  if (!view) throw new Error(`Plan ${plan.id} has no child record`);
  const [row] = await reviewRows(tx, panel.id, [view], today);
  return ok({ plan: row!, circulatedTo: circulateTo.length });
}
