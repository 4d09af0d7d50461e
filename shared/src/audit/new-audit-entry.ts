import type { Actor } from "../model/actor.js";
import type { AuditEntry } from "../model/audit.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";

/** An audit entry for what `actor` did to `subject` (with the child it concerns, if any). */
export function newAuditEntry(
  deps: UseCaseDeps,
  actor: Actor,
  action: string,
  subject: { type: AuditEntry["subjectType"]; id: string; childId?: string | null },
  at: string,
  detail?: Record<string, unknown>,
): AuditEntry {
  return {
    id: newIdFrom(deps),
    at,
    actorId: actor.personId,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    childId: subject.childId ?? null,
    channel: actor.channel,
    origin: actor.origin,
    correlationId: actor.correlationId,
    ...(detail ? { detail } : {}),
  };
}
