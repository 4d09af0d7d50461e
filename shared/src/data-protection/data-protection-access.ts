import { newAuditEntry } from "../audit/new-audit-entry.js";
import type { AccessSurface } from "../api/data-protection-requests.js";
import type { Actor } from "../model/actor.js";
import type { AuditEntry } from "../model/audit.js";
import type { Child } from "../model/people.js";
import { fail, ok, type DomainError, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { DataProtectionCodes } from "./data-protection-codes.js";

/** The data protection officer sees everything about a child; a chair only what belongs to their panels. */
export type DataProtectionScope = { kind: "all" } | { kind: "panels"; panelIds: ReadonlySet<string> };

export interface DataProtectionAccess {
  child: Child;
  scope: DataProtectionScope;
}

/**
 * Who may ask about a child's record: the data protection officer (any child), or the chair of a panel the
 * child was referred to or on an agenda of (that panel's part only). `officerOnly` operations refuse chairs.
 * An unknown child is refused like one the person may not ask about, so the answer reveals nothing.
 */
export async function loadDataProtectionAccess(
  tx: StoreTx,
  actor: Actor,
  childId: string,
  options: { officerOnly: boolean },
): Promise<Result<DataProtectionAccess>> {
  const refused = () =>
    fail(
      DataProtectionCodes.notAuthorised,
      options.officerOnly
        ? "Only the data protection officer can do this."
        : "Only the data protection officer, or the chair of a panel that had this child, can do this.",
    );
  const person = await tx.people.get(actor.personId);
  const child = await tx.children.get(childId);
  if (!person || !child) return refused();
  if (person.dataProtectionOfficer) return ok({ child, scope: { kind: "all" } });
  if (options.officerOnly) return refused();
  const chaired = new Set(
    (await tx.panels.membershipsOf(actor.personId))
      .filter((m) => m.personId === actor.personId && m.roles.includes("chair"))
      .map((m) => m.panelId),
  );
  const childPanels = await panelsOfChild(tx, child.id);
  const panelIds = new Set([...childPanels].filter((id) => chaired.has(id)));
  if (panelIds.size === 0) return refused();
  return ok({ child, scope: { kind: "panels", panelIds } });
}

/** Panels the child was referred to or listed on an agenda of. */
export async function panelsOfChild(tx: StoreTx, childId: string): Promise<Set<string>> {
  const referrals = await tx.referrals.list({ childId });
  const items = await tx.agenda.listForChild(childId);
  const meetings = await Promise.all(
    [...new Set(items.map((i) => i.meetingId))].map((id) => tx.meetings.get(id)),
  );
  return new Set([
    ...referrals.map((r) => r.panelId),
    ...meetings.filter((m) => m !== null).map((m) => m.panelId),
  ]);
}

const surfaces: Record<string, AccessSurface> = {
  bot: "Teams bot",
  tab: "Teams tab",
  outlook: "Outlook add-in",
  api: "API",
};

/** The audit entry's channel as a person names it; background work (seed, worker) is Convenor itself. */
export const surfaceOf = (channel: string): AccessSurface => surfaces[channel] ?? "Convenor";

/** One audit entry for a data protection operation on a child, refused or done. */
export const dataProtectionEntry = (
  deps: UseCaseDeps,
  actor: Actor,
  at: string,
  action: string,
  childId: string,
  detail: Record<string, unknown>,
): AuditEntry => newAuditEntry(deps, actor, action, { type: "child", id: childId, childId }, at, detail);

/** Every refusal of a data protection operation is itself audited (who tried, on which child, why not). */
export const refusedEntry = (
  deps: UseCaseDeps,
  actor: Actor,
  at: string,
  operation: string,
  childId: string,
  error: DomainError,
): AuditEntry =>
  dataProtectionEntry(deps, actor, at, "data-protection.refused", childId, { operation, code: error.code });
