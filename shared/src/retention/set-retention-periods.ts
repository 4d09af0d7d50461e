import { newAuditEntry } from "../audit/new-audit-entry.js";
import { canManageRetention } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type { RetentionPeriods } from "../model/retention.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { checkPeriods, periodsInForce } from "./retention-periods.js";

/**
 * Sets how long each kind of record is kept (months after its end) before the daily job anonymises it.
 * Administrators only; audited with the periods before and after.
 */
export async function setRetentionPeriods(
  deps: UseCaseDeps,
  actor: Actor,
  input: RetentionPeriods,
): Promise<Result<RetentionPeriods>> {
  const periods = checkPeriods(input);
  if (!periods.ok) return periods;
  return deps.store.transaction(async (tx) => {
    if (!canManageRetention(await tx.people.get(actor.personId))) {
      return fail(ErrorCodes.forbidden, "Only an administrator can change the retention periods.");
    }
    const before = periodsInForce(await tx.retention.periods());
    await tx.retention.setPeriods(periods.value);
    await tx.audit.append(
      newAuditEntry(
        deps,
        actor,
        "retention.periods-set",
        { type: "retention-periods", id: "retention-periods" },
        deps.clock.now().toISOString(),
        { before, after: periods.value },
      ),
    );
    return ok(periods.value);
  });
}
