import type { CinReviewList } from "../api/review-requests.js";
import { ukLocalDate } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { loadReviewAccess } from "./review-access.js";
import { reviewAudit } from "./review-audit.js";
import { reviewRows } from "./review-rows.js";

/**
 * A CIN review panel's plans: each child's plan start, last review, next review due (flagged overdue once
 * past and not reviewed), early review requests and 12-month consultation tasks. The panel's chair,
 * coordinator and members only; each child shown is audited.
 */
export async function listCinReviews(
  deps: UseCaseDeps,
  actor: Actor,
  panelId: string,
): Promise<Result<CinReviewList>> {
  const at = deps.clock.now().toISOString();
  const today = ukLocalDate(at);
  return deps.store.transaction(async (tx) => {
    const access = await loadReviewAccess(tx, actor, panelId);
    if (!access.ok) return access;
    const { panel, manager, intervalMonths } = access.value;
    const plans = await reviewRows(tx, panel.id, await tx.cinReviews.listPlans(panel.id), today);
    await tx.audit.appendMany(
      plans.map((plan) =>
        reviewAudit(deps, actor, "review.list-viewed", plan.childId, at, {
          panelId: panel.id,
          planId: plan.planId,
        }),
      ),
    );
    return ok({
      panelId: panel.id,
      panelName: panel.name,
      today,
      reviewIntervalMonths: intervalMonths,
      canRecord: manager,
      plans,
    });
  });
}
