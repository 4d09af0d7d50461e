import { personChat } from "../conversations/conversation-key.js";
import type { Actor } from "../model/actor.js";
import type { AuditEntry, OutboxMessage } from "../model/audit.js";
import type { Meeting } from "../model/meeting.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { newOutboxMessage } from "../conversations/outbox-message.js";

/** An audit entry about a meeting; `detail` never holds a child's details (meetings have none). */
export function meetingAudit(
  deps: UseCaseDeps,
  actor: Actor,
  action: string,
  meeting: Pick<Meeting, "id">,
  at: string,
  detail?: Record<string, unknown>,
): AuditEntry {
  return {
    id: newIdFrom(deps),
    at,
    actorId: actor.personId,
    action,
    subjectType: "meeting",
    subjectId: meeting.id,
    childId: null,
    channel: actor.channel,
    origin: actor.origin,
    correlationId: actor.correlationId,
    ...(detail ? { detail } : {}),
  };
}

/** Outbox kinds of meeting notices: a member's personal chat is told the meeting moved or was cancelled. */
export const meetingNoticeKinds = { moved: "meeting.moved", cancelled: "meeting.cancelled" } as const;

/** A notice to one person about a meeting: ids, panel name and times only. */
export function meetingNotice(
  deps: UseCaseDeps,
  actor: Actor,
  kind: (typeof meetingNoticeKinds)[keyof typeof meetingNoticeKinds],
  personId: string,
  payload: Record<string, unknown>,
  at: string,
): OutboxMessage {
  return newOutboxMessage(deps, {
    kind,
    recipient: personChat(personId),
    payload: { ...payload, correlationId: actor.correlationId },
    at,
  });
}
