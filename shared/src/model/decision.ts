import type { DecisionChoice, Dissent } from "./rating.js";

/**
 * What a decision decides (000 4b, 6, 7): a plain case decision, an adjudicated dispute about a Child's Plan,
 * a review of the plan of a young person causing grave concern, or a request for a significant resource.
 */
export const decisionKinds = [
  "case",
  "dispute-resolution",
  "grave-concern-review",
  "resource-request",
] as const;
export type DecisionKind = (typeof decisionKinds)[number];

export const decisionKindLabels: Record<DecisionKind, string> = {
  case: "Case decision",
  "dispute-resolution": "Dispute resolution",
  "grave-concern-review": "Grave concern review",
  "resource-request": "Resource request",
};

/** Significant resources a panel allocates (000 7; ISG purchased placements, 002 B 4.1). */
export const resourceKinds = [
  "residential-placement-group",
  "intensive-support-supervision",
  "isms",
  "asbo",
  "parenting-order",
  "other-significant-resource",
  "isg-purchased-placement",
] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export const resourceLabels: Record<ResourceKind, string> = {
  "residential-placement-group": "Residential Placement Group",
  "intensive-support-supervision": "Intensive Support and Supervision",
  isms: "Intensive Support and Monitoring Service",
  asbo: "Anti-Social Behaviour Order",
  "parenting-order": "Parenting Order",
  "other-significant-resource": "Other significant resource",
  "isg-purchased-placement": "Purchased placement",
};

/** A resource request's outcome: agreed but unavailable goes on the unmet need register (000 4c). */
export const resourceOutcomes = ["agreed", "agreed-unavailable", "declined"] as const;
export type ResourceOutcome = (typeof resourceOutcomes)[number];

export const resourceOutcomeLabels: Record<ResourceOutcome, string> = {
  agreed: "Agreed",
  "agreed-unavailable": "Agreed, but not available",
  declined: "Declined",
};

/** A purchased placement made before the ISG heard the case is unplanned (002 B 4.1 ii). */
export type PlacementTiming = "planned" | "unplanned";

export interface ResourceDecision {
  resource: ResourceKind;
  outcome: ResourceOutcome;
  /** Purchased placements only; null otherwise. */
  placement: PlacementTiming | null;
}

export const decisionOutcomes = ["approved", "declined", "deferred", "noted"] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

export interface Decision {
  id: string;
  /** The decision vote it closed; null for a decision the chair recorded without a vote. */
  questionId: string | null;
  meetingId: string;
  agendaItemId: string;
  referralId: string | null;
  /** The child the item is about; null for a decision on a non-case item. */
  childId: string | null;
  kind: DecisionKind;
  outcome: DecisionOutcome;
  /** Resource requests only. */
  resource: ResourceDecision | null;
  reasons: string;
  decidedAt: string;
  decidedByIds: string[];
  /** ISO date of the next review, e.g. at most 3 months for CIN (003 3.1). */
  reviewDate: string | null;
  /** Every vote as cast when the vote closed; empty for a decision recorded without a vote. */
  votes: { voterId: string; choice: DecisionChoice }[];
  dissent: Dissent[];
  /** The chair's casting outcome broke a tie. */
  castingOutcome: boolean;
}

/** A resource the panel agreed a child needs but could not provide: the unmet need register (000 4c). */
export interface UnmetNeed {
  id: string;
  panelId: string;
  meetingId: string;
  agendaItemId: string;
  decisionId: string;
  resource: ResourceKind;
  /** The case reference (never the child's name). */
  reference: string;
  /** YYYY-MM-DD, the meeting's date. */
  recordedOn: string;
}

export const sharingMethods = ["in-person", "phone", "video-call", "letter", "email", "other"] as const;
export type SharingMethod = (typeof sharingMethods)[number];

export const sharingMethodLabels: Record<SharingMethod, string> = {
  "in-person": "In person",
  phone: "Phone",
  "video-call": "Video call",
  letter: "Letter",
  email: "Email",
  other: "Other",
};

/** When and how the outcome was shared with the child's family (002 A 6.6). */
export interface FamilySharing {
  decisionId: string;
  childId: string | null;
  /** YYYY-MM-DD. */
  sharedOn: string;
  method: SharingMethod;
  /** Optional note, e.g. the family's response; not part of any shared card. */
  note: string | null;
  /** `lead-professional` or `named-person`: whose duty it was, from the referral. */
  sharedAs: "lead-professional" | "named-person";
  recordedById: string;
  recordedAt: string;
}
