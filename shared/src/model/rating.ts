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

export interface VoteQuestion {
  id: string;
  agendaItemId: string;
  kind: "rating" | "decision";
  state: "open" | "revealed" | "closed";
}

export type DecisionChoice = "approve" | "decline" | "defer" | "abstain";

export interface Vote {
  questionId: string;
  voterId: string;
  /** A Rag per area (or `overall`) for rating rounds; a DecisionChoice for decision votes. */
  choice: DecisionChoice | Partial<Record<RagArea | "overall", Rag>>;
  /** Recorded dissent or the reason for a choice. */
  reason: string | null;
  castAt: string;
}

export interface Decision {
  id: string;
  agendaItemId: string;
  referralId: string | null;
  outcome: "approved" | "declined" | "deferred" | "noted";
  reasons: string;
  decidedAt: string;
  decidedByIds: string[];
  /** ISO date of the next review, e.g. at most 3 months for CIN (003 3.1). */
  reviewDate: string | null;
}

export interface ActionItem {
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  ownerId: string;
  description: string;
  /** ISO date. */
  dueOn: string;
  done: boolean;
}

export interface Minutes {
  id: string;
  meetingId: string;
  version: number;
  status: "draft" | "circulated" | "agreed";
  attendance: string[];
  apologies: string[];
  generalBusiness: string;
  trendsAndUnmetNeed: string;
  decisions: string[];
  filedUrl: string | null;
}
