import type { Actor } from "../model/actor.js";
import type { AuditEntry, OutboxMessage } from "../model/audit.js";
import type { Referral } from "../model/referral.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { newOutboxMessage } from "../conversations/outbox-message.js";

/** An audit entry about a referral, carrying where the request came from. */
export function referralAudit(
  deps: UseCaseDeps,
  actor: Actor,
  action: string,
  referral: Referral,
  at: string,
): AuditEntry {
  return {
    id: newIdFrom(deps),
    at,
    actorId: actor.personId,
    action,
    subjectType: "referral",
    subjectId: referral.id,
    childId: referral.childId || null,
    channel: actor.channel,
    origin: actor.origin,
    correlationId: actor.correlationId,
  };
}

/**
 * A notification about a referral. The payload is safe for a shared conversation: ids, the case reference,
 * the state and (for the referrer) the question or reason; never the child's name or case detail.
 */
export function referralNotice(
  deps: UseCaseDeps,
  actor: Actor,
  kind: string,
  recipient: string,
  referral: Referral,
  at: string,
  extra: { reason?: string | null; question?: string | null; panelDecision?: string | null } = {},
): OutboxMessage {
  return newOutboxMessage(deps, {
    kind,
    recipient,
    payload: {
      referralId: referral.id,
      reference: referral.reference,
      panelId: referral.panelId,
      state: referral.state,
      urgency: referral.urgency,
      meetingId: referral.meetingId,
      retrospective: referral.retrospective,
      ...(extra.reason ? { reason: extra.reason } : {}),
      ...(extra.question ? { question: extra.question } : {}),
      ...(extra.panelDecision ? { panelDecision: extra.panelDecision } : {}),
      correlationId: actor.correlationId,
    },
    at,
  });
}
