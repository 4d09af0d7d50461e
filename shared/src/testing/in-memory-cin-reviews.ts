/* eslint-disable @typescript-eslint/require-await -- an in-memory adapter of an async port: nothing to await */
import type {
  CinPlan,
  CinReview,
  ConsultationTask,
  EarlyReviewRequest,
  ReviewConsultees,
} from "../model/cin-review.js";
import type { Child } from "../model/people.js";
import type { CinPlanView, CinReviewRepository } from "../ports/store.port.js";

/** Child in Need reviews in memory: arrays, so a transaction's copy and the read-only check see them. */
export interface CinReviewState {
  plans: CinPlan[];
  reviews: CinReview[];
  early: EarlyReviewRequest[];
  consultations: ConsultationTask[];
  consultees: ReviewConsultees[];
}

export const emptyCinReviewState = (): CinReviewState => ({
  plans: [],
  reviews: [],
  early: [],
  consultations: [],
  consultees: [],
});

const copy = <T>(value: T): T => structuredClone(value);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const openEarly = (request: EarlyReviewRequest) => request.state !== "done";

export function inMemoryCinReviews(state: CinReviewState, children: Map<string, Child>): CinReviewRepository {
  const view = (plan: CinPlan): CinPlanView | null => {
    const child = children.get(plan.childId);
    if (!child) return null;
    return {
      ...copy(plan),
      givenName: child.givenName,
      familyName: child.familyName,
      dateOfBirth: child.dateOfBirth,
    };
  };
  return {
    insertPlan: async (plan) => {
      const open = state.plans.some(
        (p) => p.state === "open" && p.panelId === plan.panelId && p.childId === plan.childId,
      );
      if (plan.state === "open" && open) throw new Error("The child already has an open plan on the panel");
      if (state.plans.some((p) => p.id === plan.id)) throw new Error("Duplicate plan id");
      state.plans.push(copy(plan));
    },
    getPlan: async (id) => copy(state.plans.find((p) => p.id === id) ?? null),
    listPlans: async (panelId) =>
      state.plans
        .filter((p) => p.panelId === panelId)
        .sort(
          (a, b) =>
            Number(a.state !== "open") - Number(b.state !== "open") ||
            byText(a.nextReviewDue ?? "9999", b.nextReviewDue ?? "9999") ||
            byText(a.id, b.id),
        )
        .map(view)
        .filter((p) => p !== null),
    openPlans: async () =>
      copy(state.plans.filter((p) => p.state === "open").sort((a, b) => byText(a.id, b.id))),
    updatePlan: async (plan, expectedVersion) => {
      const index = state.plans.findIndex((p) => p.id === plan.id);
      if (index < 0 || state.plans[index]!.version !== expectedVersion) return false;
      state.plans[index] = copy(plan);
      return true;
    },
    insertReview: async (review) => {
      if (state.reviews.some((r) => r.planId === review.planId && r.dueOn === review.dueOn)) return false;
      state.reviews.push(copy(review));
      return true;
    },
    reviewsOf: async (planId) =>
      copy(
        state.reviews
          .filter((r) => r.planId === planId)
          .sort((a, b) => byText(b.reviewedOn, a.reviewedOn) || byText(b.recordedAt, a.recordedAt)),
      ),
    insertEarlyRequest: async (request) => {
      if (state.early.some((r) => r.planId === request.planId && openEarly(r))) return false;
      state.early.push(copy(request));
      return true;
    },
    earlyRequests: async (panelId, states) =>
      copy(
        state.early
          .filter((r) => r.panelId === panelId && states.includes(r.state))
          .sort((a, b) => byText(a.requestedAt, b.requestedAt) || byText(a.id, b.id)),
      ),
    updateEarlyRequest: async (request) => {
      const index = state.early.findIndex((r) => r.id === request.id);
      if (index >= 0) state.early[index] = copy(request);
    },
    insertConsultation: async (task) => {
      if (state.consultations.some((t) => t.planId === task.planId && t.role === task.role)) return false;
      state.consultations.push(copy(task));
      return true;
    },
    consultations: async (panelId) =>
      copy(
        state.consultations
          .filter((t) => t.panelId === panelId)
          .sort((a, b) => byText(a.createdAt, b.createdAt) || byText(a.id, b.id)),
      ),
    consultees: async (panelId) => copy(state.consultees.find((c) => c.panelId === panelId) ?? null),
    setConsultees: async (consultees) => {
      state.consultees = [
        ...state.consultees.filter((c) => c.panelId !== consultees.panelId),
        copy(consultees),
      ];
    },
  };
}
