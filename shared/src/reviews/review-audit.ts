import type { Actor } from "../model/actor.js";
import type { AuditEntry } from "../model/audit.js";
import { newAuditEntry } from "../audit/new-audit-entry.js";
import type { UseCaseDeps } from "../use-case-deps.js";

/** An audit entry about a child's plan, so `audit.list({ childId })` finds every view and change of it. */
export const reviewAudit = (
  deps: UseCaseDeps,
  actor: Actor,
  action: string,
  childId: string,
  at: string,
  detail: Record<string, unknown>,
): AuditEntry => newAuditEntry(deps, actor, action, { type: "child", id: childId, childId }, at, detail);
