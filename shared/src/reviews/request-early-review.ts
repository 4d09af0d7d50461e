import type { RequestEarlyReviewInput, RequestEarlyReviewResult } from "../api/review-requests.js";
import type { Actor } from "../model/actor.js";
import type { EarlyReviewRequest } from "../model/cin-review.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { AgendaChangedMeanwhile } from "../tracker/list-due-on-agenda.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { listPendingEarlyReviews } from "./list-early-reviews.js";
import { loadReviewAccess } from "./review-access.js";
import { reviewAudit } from "./review-audit.js";
import { ReviewCodes } from "./review-codes.js";
import { earlyReviewView } from "./review-rows.js";

/**
 * Any member of a CIN review panel asks for an early review of a child's plan after a significant change in
 * the family's circumstances (003 3.2), with the reason. The child is listed at the panel's next planned
 * meeting; with none planned the request stays pending and is listed when the agenda of the next meeting is
 * built, or by the hourly review checks once a meeting is planned. Asking again while a request is open
 * returns that request (`existing`), writing nothing.
 */
export async function requestEarlyReview(
  deps: UseCaseDeps,
  actor: Actor,
  input: RequestEarlyReviewInput,
): Promise<Result<RequestEarlyReviewResult>> {
  const at = deps.clock.now().toISOString();
  try {
    return await deps.store.transaction((tx) => request(deps, tx, actor, input, at));
  } catch (error) {
    if (!(error instanceof AgendaChangedMeanwhile)) throw error;
    return fail(
      ErrorCodes.conflict,
      "The panel's agenda changed at the same moment, so nothing was saved. Press the button again.",
    );
  }
}

async function request(
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  input: RequestEarlyReviewInput,
  at: string,
): Promise<Result<RequestEarlyReviewResult>> {
  const plan = await tx.cinReviews.getPlan(input.planId);
  if (!plan) return fail(ErrorCodes.notFound, "That plan was not found, or you are not on its panel.");
  const access = await loadReviewAccess(tx, actor, plan.panelId);
  if (!access.ok) return access;
  if (plan.state !== "open") return fail(ReviewCodes.planNotOpen, "This plan is closed: it has no reviews.");
  const openOf = async () =>
    (await tx.cinReviews.earlyRequests(plan.panelId, ["pending", "listed"])).find(
      (r) => r.planId === plan.id,
    );
  const named = async (found: EarlyReviewRequest, existing: boolean) => {
    const people = await tx.people.getMany([found.requestedById]);
    const names = new Map(people.map((person) => [person.id, person.displayName]));
    return ok({ request: earlyReviewView(found, names), existing });
  };
  const before = await openOf();
  if (before) return named(before, true);
  const created: EarlyReviewRequest = {
    id: newIdFrom(deps),
    planId: plan.id,
    panelId: plan.panelId,
    childId: plan.childId,
    reason: input.reason,
    requestedById: actor.personId,
    requestedAt: at,
    state: "pending",
    meetingId: null,
  };
  if (!(await tx.cinReviews.insertEarlyRequest(created))) {
    const raced = await openOf();
    if (raced) return named(raced, true);
    throw new Error(`Early review for plan ${plan.id} neither inserted nor found`);
  }
  await tx.audit.append(
    reviewAudit(deps, actor, "review.early-requested", plan.childId, at, {
      planId: plan.id,
      requestId: created.id,
    }),
  );
  await listPendingEarlyReviews(deps, tx, actor, plan.panelId, at);
  return named((await openOf()) ?? created, false);
}
