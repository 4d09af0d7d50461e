export const referralStates = [
  "draft",
  "submitted",
  "accepted",
  "returned",
  "declined",
  "scheduled",
  "heard",
  "decided",
  "deferred",
  "closed",
] as const;
export type ReferralState = (typeof referralStates)[number];

export type Urgency = "routine" | "urgent";

export const shanarriIndicators = [
  "safe",
  "healthy",
  "achieving",
  "nurtured",
  "active",
  "respected",
  "responsible",
  "included",
] as const;
export type ShanarriIndicator = (typeof shanarriIndicators)[number];

/** Who gave (or was asked for) consent to share, and what they said (002 A 5.6-5.8). */
export interface Consent {
  givenBy: "child" | "parent-carer";
  status: "given" | "withheld" | "not-sought";
  /** ISO date consent was given or withheld; null when not sought. */
  recordedOn: string | null;
  /** Required when consent is withheld or not sought: why sharing is vital to the child's interests. */
  justification: string | null;
  childViews: string;
  parentViews: string;
}

/** One step of a referral's lifecycle: who moved it, when and why. */
export interface ReferralTransition {
  from: ReferralState | null;
  to: ReferralState;
  at: string;
  byPersonId: string;
  reason: string | null;
}

export interface Referral {
  id: string;
  panelId: string;
  /** Unique per panel, e.g. `ISG-2026-0042`; null while a draft. */
  reference: string | null;
  state: ReferralState;
  childId: string;
  referrerId: string;
  urgency: Urgency;
  /** The preset-specific answers, validated by the panel's referral requirements. */
  form: Record<string, unknown>;
  /** The meeting it is accepted onto or scheduled for. */
  meetingId: string | null;
  /** Set on an urgent request decided by the emergency authoriser: to be heard retrospectively. */
  retrospective: boolean;
  createdAt: string;
  updatedAt: string;
  /** Optimistic concurrency: incremented on every write. */
  version: number;
  history: ReferralTransition[];
}
