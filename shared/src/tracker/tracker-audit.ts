import type { Actor } from "../model/actor.js";
import type { AuditEntry } from "../model/audit.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";

/** One audit entry per young person whose tracker record was shown or changed, so `audit.list({ childId })` finds it. */
export function childAuditEntries(
  deps: UseCaseDeps,
  actor: Actor,
  action: string,
  childIds: readonly string[],
  at: string,
  detail: Record<string, unknown>,
): AuditEntry[] {
  return childIds.map((childId) => ({
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
  }));
}
