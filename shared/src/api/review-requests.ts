import { z } from "zod";
import type { ConsultationRole } from "../model/cin-review.js";
import { reviewOutcomes } from "../model/cin-review.js";
import { identifier } from "./identifier.js";
import { isoDate } from "./scheduling-requests.js";

/**
 * Request schemas and response shapes of the Child in Need review routes (003 3):
 * `GET /api/panels/{panelId}/reviews`, `POST /api/panels/{panelId}/reviews/plans`,
 * `POST /api/reviews/plans/{planId}/outcome`, `POST /api/reviews/plans/{planId}/early-review`.
 */
export const reviewLimits = {
  reasonsMaxLength: 2000,
  earlyReasonMinLength: 10,
  earlyReasonMaxLength: 1000,
  exceptionalReasonMaxLength: 1000,
  nameMaxLength: 80,
  maxNamedPeople: 30,
} as const;

export const planIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a plan id.");

const text = (max: number, min = 1) => identifier(max, min);

/** `POST /api/reviews/plans/{planId}/outcome`. */
export const recordReviewOutcomeBody = z.strictObject({
  /** The due date of the review being recorded, as the form showed it: a second outcome for it is refused. */
  reviewDueOn: isoDate,
  reviewedOn: isoDate,
  outcome: z.enum(reviewOutcomes),
  reasons: text(reviewLimits.reasonsMaxLength),
  nextReviewOn: isoDate.nullable().optional(),
  exceptionalReason: text(reviewLimits.exceptionalReasonMaxLength).nullable().optional(),
});
export type RecordReviewOutcomeInput = z.infer<typeof recordReviewOutcomeBody> & { planId: string };

/** `POST /api/reviews/plans/{planId}/early-review`. */
export const requestEarlyReviewBody = z.strictObject({
  reason: text(reviewLimits.earlyReasonMaxLength, reviewLimits.earlyReasonMinLength),
});
export type RequestEarlyReviewInput = z.infer<typeof requestEarlyReviewBody> & { planId: string };

/** `POST /api/panels/{panelId}/reviews/plans`: a plan made at a CIN Planning Meeting, put under review. */
export const startCinPlanBody = z.strictObject({
  child: z.strictObject({
    givenName: text(reviewLimits.nameMaxLength),
    familyName: text(reviewLimits.nameMaxLength),
    dateOfBirth: isoDate,
  }),
  startedOn: isoDate,
  firstReviewOn: isoDate,
  longerSupport: z.boolean(),
  namedPersonIds: z.array(identifier(64)).max(reviewLimits.maxNamedPeople),
  exceptionalReason: text(reviewLimits.exceptionalReasonMaxLength).nullable().optional(),
});
export type StartCinPlanInput = z.infer<typeof startCinPlanBody> & { panelId: string };

/** `PUT /api/panels/{panelId}/reviews/consultees`: who is consulted on plans past 12 months; null: the chair. */
export const setReviewConsulteesBody = z.strictObject({
  practiceManagerId: identifier(64).nullable(),
  safeguardingServiceManagerId: identifier(64).nullable(),
});
export type SetReviewConsulteesInput = z.infer<typeof setReviewConsulteesBody> & { panelId: string };

/** Who the panel consults, as named; `named: false` where the chair stands in. */
export interface ReviewConsulteesView {
  panelId: string;
  practiceManager: { id: string; name: string; named: boolean } | null;
  safeguardingServiceManager: { id: string; name: string; named: boolean } | null;
}

export interface EarlyReviewView {
  id: string;
  state: "pending" | "listed";
  reason: string;
  requestedBy: string;
  requestedAt: string;
  /** The meeting it is listed on; null while pending (no meeting planned). */
  meetingId: string | null;
}

export interface ConsultationTaskView {
  id: string;
  role: ConsultationRole;
  person: { id: string; name: string };
  createdAt: string;
}

export interface CinReviewRow {
  planId: string;
  childId: string;
  /** Case reference for shared places, e.g. `CIN-1A2B3C`. */
  reference: string;
  displayName: string;
  dateOfBirth: string;
  state: "open" | "closed" | "stepped-up";
  startedOn: string;
  lastReviewedOn: string | null;
  nextReviewDue: string | null;
  overdue: boolean;
  /** The plan records the need for longer support (003 3.6). */
  longerSupport: boolean;
  /** The plan has run twelve months (003 3.6). */
  pastTwelveMonths: boolean;
  earlyReview: EarlyReviewView | null;
  consultations: ConsultationTaskView[];
}

export interface CinReviewList {
  panelId: string;
  panelName: string;
  today: string;
  reviewIntervalMonths: number;
  /** Chair or coordinator: can record outcomes and start plans. */
  canRecord: boolean;
  plans: CinReviewRow[];
}

export interface RecordReviewOutcomeResult {
  plan: CinReviewRow;
  /** People the amended plan was sent to (outbox notices written). */
  circulatedTo: number;
}

export interface RequestEarlyReviewResult {
  request: EarlyReviewView;
  /** A request was already open for this child: it is returned, nothing new was written. */
  existing: boolean;
}
