import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type DomainError, type Result } from "../model/result.js";
import type { SuspectedBreach } from "../model/suspected-breach.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { dataProtectionEntry, loadDataProtectionAccess, refusedEntry } from "./data-protection-access.js";
import { checkPeriod } from "./who-saw-report.js";

export interface RecordSuspectedBreachInput {
  childId: string;
  whatHappened: string;
  discoveredOn: string;
  reportedBy: string;
  /** The period whose who-saw report is attached; generated again whenever the breach is viewed. */
  from: string;
  to: string;
}

/**
 * Records a suspected breach of confidentiality against a child's record (004: "reported as soon as it is
 * known"): the data protection officer for any child, a panel's chair for a child of their panel. Audited;
 * a refusal too.
 */
export async function recordSuspectedBreach(
  deps: UseCaseDeps,
  actor: Actor,
  input: RecordSuspectedBreachInput,
): Promise<Result<SuspectedBreach>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const refuse = async (refusal: { ok: false; error: DomainError }) => {
      await tx.audit.append(refusedEntry(deps, actor, at, "breach", input.childId, refusal.error));
      return refusal;
    };
    const access = await loadDataProtectionAccess(tx, actor, input.childId, { officerOnly: false });
    if (!access.ok) return refuse(access);
    const period = checkPeriod(input.from, input.to);
    if (!period.ok) return refuse(period);
    if (input.discoveredOn > at.slice(0, 10)) {
      return refuse(fail(ErrorCodes.validation, "The breach cannot be discovered after today."));
    }
    const { child, scope } = access.value;
    const breach: SuspectedBreach = {
      id: newIdFrom(deps),
      childId: child.id,
      panelId: scope.kind === "panels" ? [...scope.panelIds].sort()[0]! : null,
      whatHappened: input.whatHappened.trim(),
      discoveredOn: input.discoveredOn,
      reportedBy: input.reportedBy.trim(),
      periodFrom: input.from,
      periodTo: input.to,
      recordedById: actor.personId,
      recordedAt: at,
    };
    await tx.breaches.insert(breach);
    await tx.audit.append(
      dataProtectionEntry(deps, actor, at, "data-protection.breach-recorded", child.id, {
        breachId: breach.id,
        ...(breach.panelId ? { panelId: breach.panelId } : {}),
      }),
    );
    return ok(breach);
  });
}
