import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { dataProtectionEntry, loadDataProtectionAccess, refusedEntry } from "./data-protection-access.js";

/**
 * The child a case reference (e.g. `ISG-2026-0042`) or a child id names, for the data protection page, so
 * that no name is typed into an address. Answers the child id only; the same access as who saw this child.
 */
export async function findChildForDataProtection(
  deps: UseCaseDeps,
  actor: Actor,
  input: { query: string },
): Promise<Result<{ childId: string }>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const query = input.query.trim();
    let childId = query;
    for (const panel of await tx.panels.list()) {
      const referral = await tx.referrals.findByReference(panel.id, query);
      if (referral?.childId) {
        childId = referral.childId;
        break;
      }
    }
    const access = await loadDataProtectionAccess(tx, actor, childId, { officerOnly: false });
    if (!access.ok) {
      await tx.audit.append(refusedEntry(deps, actor, at, "find-child", childId, access.error));
      return access;
    }
    await tx.audit.append(
      dataProtectionEntry(deps, actor, at, "data-protection.child-found", childId, {
        by: query === childId ? "id" : "reference",
      }),
    );
    return ok({ childId });
  });
}
