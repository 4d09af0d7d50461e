/**
 * A third-sector organisation's refusal to take a piece of work for lack of capacity or a waiting list (002
 * Appendix 2). It evidences unmet need in localities as counts: it never names or points at a child.
 */
export const capacityRefusalReasons = ["no-capacity", "waiting-list"] as const;
export type CapacityRefusalReason = (typeof capacityRefusalReasons)[number];

export const capacityRefusalReasonLabels: Record<CapacityRefusalReason, string> = {
  "no-capacity": "No capacity",
  "waiting-list": "Waiting list",
};

export interface CapacityRefusal {
  id: string;
  panelId: string;
  organisation: string;
  service: string;
  reason: CapacityRefusalReason;
  /** The wait the organisation gave, in weeks; null when none was given. */
  waitingWeeks: number | null;
  /** ISO date the organisation refused. */
  refusedOn: string;
  locality: string | null;
  recordedById: string;
  recordedAt: string;
}

export const capacityRefusalLimits = {
  organisationMaxLength: 120,
  serviceMaxLength: 120,
  localityMaxLength: 80,
  minWaitingWeeks: 1,
  maxWaitingWeeks: 104,
  /** How far back a refusal may be dated: older ones are not "recent" evidence. */
  maxAgeMonths: 12,
  /** How many of the panel's latest refusals its page lists. */
  recentCount: 50,
} as const;
