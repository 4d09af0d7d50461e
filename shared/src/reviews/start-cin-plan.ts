import type { CinReviewRow, StartCinPlanInput } from "../api/review-requests.js";
import { ukLocalDate } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import type { CinPlan } from "../model/cin-review.js";
import { MeetingCodes } from "../meetings/meeting-codes.js";
import { fail, ok, type Result } from "../model/result.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { loadReviewManagerAccess } from "./review-access.js";
import { reviewAudit } from "./review-audit.js";
import { ReviewCodes } from "./review-codes.js";
import { reviewRows } from "./review-rows.js";
import { checkNextReviewDate } from "./review-schedule.js";

/**
 * The chair or coordinator puts a Child in Need plan, made at a CIN Planning Meeting (003 2.1), under the
 * panel's review: the child (their record found or made), when the plan started, the first review (within
 * the panel's interval of the start unless exceptional, 003 3.1), whether the plan records the need for
 * longer support (003 3.6), and the Convenor people named on it. One open plan per child and panel.
 */
export async function startCinPlan(
  deps: UseCaseDeps,
  actor: Actor,
  input: StartCinPlanInput,
): Promise<Result<CinReviewRow>> {
  const at = deps.clock.now().toISOString();
  const today = ukLocalDate(at);
  return deps.store.transaction(async (tx) => {
    const access = await loadReviewManagerAccess(tx, actor, input.panelId);
    if (!access.ok) return access;
    const { panel, intervalMonths } = access.value;
    if (input.startedOn > today)
      return fail(ReviewCodes.dateInFuture, "The plan's start cannot be in the future.");
    if (input.child.dateOfBirth > input.startedOn) {
      return fail(ReviewCodes.beforePlanStart, "The child's date of birth is after the plan's start.");
    }
    const checked = checkNextReviewDate(
      input.startedOn,
      input.firstReviewOn,
      intervalMonths,
      input.exceptionalReason ?? null,
    );
    if (!checked.ok) return checked;
    const people = await tx.people.getMany(input.namedPersonIds);
    if (people.length !== new Set(input.namedPersonIds).size) {
      return fail(
        MeetingCodes.unknownPerson,
        "Some of the people named on the plan are not known to Convenor.",
      );
    }
    const { givenName, familyName, dateOfBirth } = input.child;
    await tx.children.lockMatch(givenName, familyName, dateOfBirth);
    const child = await tx.children.findOrInsert({
      id: newIdFrom(deps),
      givenName,
      familyName,
      dateOfBirth,
      school: "",
      locality: "",
      lookedAfter: false,
    });
    const plans = await tx.cinReviews.listPlans(panel.id);
    if (plans.some((plan) => plan.childId === child.id && plan.state === "open")) {
      return fail(ReviewCodes.planExists, "This child already has an open plan on this panel.");
    }
    const plan: CinPlan = {
      id: newIdFrom(deps),
      panelId: panel.id,
      childId: child.id,
      startedOn: input.startedOn,
      longerSupport: input.longerSupport,
      namedPersonIds: [...new Set(input.namedPersonIds)],
      lastReviewedOn: null,
      nextReviewDue: input.firstReviewOn,
      state: "open",
      version: 1,
    };
    await tx.cinReviews.insertPlan(plan);
    await tx.audit.append(
      reviewAudit(deps, actor, "review.plan-started", child.id, at, { planId: plan.id, panelId: panel.id }),
    );
    const [view] = (await tx.cinReviews.listPlans(panel.id)).filter((p) => p.id === plan.id);
    const [row] = await reviewRows(tx, panel.id, [view!], today);
    return ok(row!);
  });
}
