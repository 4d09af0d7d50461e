/**
 * A Child in Need plan kept under review by a CIN review panel (003 3). The plan is made at a CIN Planning
 * Meeting (003 2.1); Convenor keeps its review schedule: when it started, when it was last reviewed, when the
 * next review is due, and whether it records the need for longer support (003 2.2, 3.6).
 */
export interface CinPlan {
  id: string;
  panelId: string;
  childId: string;
  /** YYYY-MM-DD. */
  startedOn: string;
  /** The plan acknowledges the need for longer term support (e.g. disabled children, 003 3.6). */
  longerSupport: boolean;
  /** Convenor people named on the plan: an amended plan is circulated to them (003 3.10). */
  namedPersonIds: string[];
  /** YYYY-MM-DD; null before the first review. */
  lastReviewedOn: string | null;
  /** YYYY-MM-DD; null once the plan is closed or stepped up. */
  nextReviewDue: string | null;
  state: "open" | "closed" | "stepped-up";
  /** Advances with each review, so two outcomes for the same review never both land. */
  version: number;
}

export const reviewOutcomes = ["continue", "amend", "close", "step-up"] as const;
/** 003 3.9: continue, amend the plan, close, or step up to child protection (003 3.3). */
export type ReviewOutcome = (typeof reviewOutcomes)[number];

/** One review of a plan and its outcome (003 3.7: decisions recorded with reasons, and dated). */
export interface CinReview {
  id: string;
  planId: string;
  /** The due date this review answered: a plan has one outcome per due date. */
  dueOn: string;
  reviewedOn: string;
  outcome: ReviewOutcome;
  reasons: string;
  nextReviewOn: string | null;
  /** Why the next review is further off than the panel's interval (003 3.1 exceptional circumstances). */
  exceptionalReason: string | null;
  recordedById: string;
  recordedAt: string;
}

/** A member's request for an early review after a significant change (003 3.2). */
export interface EarlyReviewRequest {
  id: string;
  planId: string;
  panelId: string;
  childId: string;
  reason: string;
  requestedById: string;
  requestedAt: string;
  /** `pending` until listed on a planned meeting; `done` once the plan's review is recorded. */
  state: "pending" | "listed" | "done";
  meetingId: string | null;
}

export const consultationRoles = ["practice-manager", "safeguarding-service-manager"] as const;
export type ConsultationRole = (typeof consultationRoles)[number];

/** 003 3.6: a plan past 12 months without recorded need for longer support is discussed with these two. */
export interface ConsultationTask {
  id: string;
  planId: string;
  panelId: string;
  childId: string;
  role: ConsultationRole;
  personId: string;
  createdAt: string;
}

/** Who a panel consults on a plan past 12 months; null means the panel's chair. */
export interface ReviewConsultees {
  panelId: string;
  practiceManagerId: string | null;
  safeguardingServiceManagerId: string | null;
}
