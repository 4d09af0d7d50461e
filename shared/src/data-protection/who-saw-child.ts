import type { WhoSawReport } from "../api/data-protection-requests.js";
import type { Actor } from "../model/actor.js";
import { ok, type DomainError, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { dataProtectionEntry, loadDataProtectionAccess, refusedEntry } from "./data-protection-access.js";
import { buildWhoSawReport, checkPeriod } from "./who-saw-report.js";

/**
 * Who saw this child's record in a period (004 Confidentiality): every audited access, with who, when, what
 * and from which surface. The data protection officer sees all of it; a panel's chair their panel's part.
 * Asking is audited, and so is every refusal.
 */
export async function whoSawChild(
  deps: UseCaseDeps,
  actor: Actor,
  input: { childId: string; from: string; to: string },
): Promise<Result<WhoSawReport>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const refuse = async (refusal: { ok: false; error: DomainError }) => {
      await tx.audit.append(refusedEntry(deps, actor, at, "who-saw", input.childId, refusal.error));
      return refusal;
    };
    const access = await loadDataProtectionAccess(tx, actor, input.childId, { officerOnly: false });
    if (!access.ok) return refuse(access);
    const period = checkPeriod(input.from, input.to);
    if (!period.ok) return refuse(period);
    const report = await buildWhoSawReport(tx, access.value.scope, access.value.child.id, {
      from: input.from,
      to: input.to,
      ...period.value,
    });
    await tx.audit.append(
      dataProtectionEntry(deps, actor, at, "data-protection.who-saw-viewed", access.value.child.id, {
        from: input.from,
        to: input.to,
        scope: report.scope,
        rows: report.rows.length,
      }),
    );
    return ok(report);
  });
}
