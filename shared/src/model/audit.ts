/** What happened to whom: answers "who saw this child's record, when, from where". */
export interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  /** e.g. `referral.viewed`, `referral.filed`, `referral.accepted`, `panel.settings-changed`. */
  action: string;
  subjectType:
    | "referral"
    | "child"
    | "panel"
    | "meeting"
    | "minutes"
    | "closure-days"
    | "report-settings"
    | "retention-periods"
    | "case-observation"
    | "capacity-refusal"
    | "outbox-message"
    | "person";
  subjectId: string;
  /** The child whose record was touched, when there is one. */
  childId: string | null;
  /** Where the request came from: `bot`, `api`, `tab`, `outlook`, `seed`. */
  channel: string;
  /** Client address or Teams conversation id; no personal data of children. */
  origin: string | null;
  correlationId: string | null;
  /**
   * What changed, when the action needs more than its name: settings before and after, a chair's reason for a
   * slot that breaks a deadline. Never a child's name or case detail.
   */
  detail?: Record<string, unknown>;
}

/** A notification written in the same transaction as the change it announces, delivered later. */
export interface OutboxMessage {
  id: string;
  /** e.g. `referral.screening-card`, `referral.outcome`. */
  kind: string;
  /** Who or where it goes: a person id or a panel channel key. */
  recipient: string;
  payload: Record<string, unknown>;
  createdAt: string;
  attempts: number;
  /** ISO date-time before which it is not retried. */
  notBefore: string;
  deliveredAt: string | null;
  lastError: string | null;
}
