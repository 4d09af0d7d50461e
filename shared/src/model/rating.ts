export const ragAreas = [
  "missing-or-exploitation",
  "education-employment-training",
  "placement-permanency",
  "youth-justice",
  "health",
] as const;
export type RagArea = (typeof ragAreas)[number];
export type Rag = "red" | "amber" | "green";

/** One month's entry in the CiC High Risk Panel tracker (004). */
export interface MonthlyRating {
  panelId: string;
  childId: string;
  /** YYYY-MM. */
  month: string;
  ratedById: string;
  areas: Record<RagArea, Rag>;
}

/** What a rating round rates: one of the tracker's areas (CiC High Risk Panel), or one overall rating. */
export type RatingArea = RagArea | "overall";
export const rags: readonly Rag[] = ["red", "amber", "green"];

/**
 * A question put to the panel on one agenda item: a rating round (blind until the chair reveals it) or a
 * decision vote. Votes can change while it is `open`; a rating round is `revealed`, then `closed` when the
 * chair records the agreed rating; a decision vote is `closed` with its decision.
 */
export interface VoteQuestion {
  id: string;
  meetingId: string;
  agendaItemId: string;
  kind: "rating" | "decision";
  /** Rating rounds: the areas rated, in order; empty for a decision vote. */
  areas: RatingArea[];
  state: "open" | "revealed" | "closed";
  openedById: string;
  openedAt: string;
  closedAt: string | null;
}

export const decisionChoices = ["approve", "decline", "defer", "abstain"] as const;
export type DecisionChoice = (typeof decisionChoices)[number];

export type RatingChoice = Partial<Record<RatingArea, Rag>>;

export interface Vote {
  questionId: string;
  voterId: string;
  /** A Rag per area (or `overall`) for rating rounds; a DecisionChoice for decision votes. */
  choice: DecisionChoice | RatingChoice;
  /** The reason the member gave with their vote (their dissent, if they end up in the minority). */
  reason: string | null;
  castAt: string;
}

/** A member whose vote differed from the outcome, and why (recorded for the minutes, 003 3.7). */
export interface Dissent {
  personId: string;
  choice: DecisionChoice;
  reason: string;
  /** `member` when they gave it with their vote; `chair` when the chair recorded what they said. */
  reasonFrom: "member" | "chair";
}

/** The rating the chair recorded after a rating round was revealed, with a reason where one was needed. */
export interface AgreedRating {
  questionId: string;
  meetingId: string;
  agendaItemId: string;
  panelId: string;
  childId: string;
  ratings: RatingChoice;
  reasons: Partial<Record<RatingArea, string>>;
  agreedById: string;
  agreedAt: string;
}
