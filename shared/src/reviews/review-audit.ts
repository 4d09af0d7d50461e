import type { Actor } from "../model/actor.js";
import type { AuditEntry } from "../model/audit.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";

/** An audit entry about a child's plan, so `audit.list({ childId })` finds every view and change of it. */
export function reviewAudit(
  deps: UseCaseDeps,
  actor: Actor,
  action: string,
  childId: string,
  at: string,
  detail: Record<string, unknown>,
): AuditEntry {
  return {
    id: newIdFrom(deps),
    at,
    actorId: actor.personId,
    action,
    subjectType: "child",
    subjectId: childId,
    childId,
    channel: actor.channel,
    origin: actor.origin,
    correlationId: actor.correlationId,
    detail,
  };
}
