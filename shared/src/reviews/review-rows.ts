import type { CinReviewRow, EarlyReviewView } from "../api/review-requests.js";
import type { CinPlan, EarlyReviewRequest } from "../model/cin-review.js";
import type { CinPlanView, StoreTx } from "../ports/store.port.js";
import { cinReference } from "./review-reference.js";
import { isOverdue, twelveMonthsOn } from "./review-schedule.js";

export const earlyReviewView = (
  request: EarlyReviewRequest,
  names: Map<string, string>,
): EarlyReviewView => ({
  id: request.id,
  state: request.state === "listed" ? "listed" : "pending",
  reason: request.reason,
  requestedBy: names.get(request.requestedById) ?? "Someone",
  requestedAt: request.requestedAt,
  meetingId: request.meetingId,
});

/** The reviews page's rows for these plans of one panel, read in a few queries whatever their number. */
export async function reviewRows(
  tx: StoreTx,
  panelId: string,
  plans: readonly CinPlanView[],
  today: string,
): Promise<CinReviewRow[]> {
  const early = await tx.cinReviews.earlyRequests(panelId, ["pending", "listed"]);
  const tasks = await tx.cinReviews.consultations(panelId);
  const people = await tx.people.getMany([
    ...new Set([...early.map((r) => r.requestedById), ...tasks.map((t) => t.personId)]),
  ]);
  const names = new Map(people.map((person) => [person.id, person.displayName]));
  return plans.map((plan) => {
    const request = early.find((r) => r.planId === plan.id);
    return {
      ...scheduleOf(plan, today),
      planId: plan.id,
      childId: plan.childId,
      reference: cinReference(plan.id),
      displayName: `${plan.givenName} ${plan.familyName}`,
      dateOfBirth: plan.dateOfBirth,
      earlyReview: request ? earlyReviewView(request, names) : null,
      consultations: tasks
        .filter((task) => task.planId === plan.id)
        .map((task) => ({
          id: task.id,
          role: task.role,
          person: { id: task.personId, name: names.get(task.personId) ?? "Unknown" },
          createdAt: task.createdAt,
        })),
    };
  });
}

function scheduleOf(plan: CinPlan, today: string) {
  return {
    state: plan.state,
    startedOn: plan.startedOn,
    lastReviewedOn: plan.lastReviewedOn,
    nextReviewDue: plan.nextReviewDue,
    overdue: plan.state === "open" && isOverdue(plan.nextReviewDue, today),
    longerSupport: plan.longerSupport,
    pastTwelveMonths: twelveMonthsOn(plan.startedOn) <= today,
  };
}
