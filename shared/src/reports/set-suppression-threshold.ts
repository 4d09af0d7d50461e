import { newAuditEntry } from "../audit/new-audit-entry.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";

/** The most a threshold may be: beyond it almost every panel's monthly counts would vanish. */
export const maxSuppressionThreshold = 20;

/**
 * Sets the small-count threshold for every report: counts from 1 to `threshold` - 1 are suppressed (1 turns
 * suppression off). Administrators only; audited.
 */
export async function setSuppressionThreshold(
  deps: UseCaseDeps,
  actor: Actor,
  threshold: number,
): Promise<Result<{ suppressedBelow: number }>> {
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > maxSuppressionThreshold) {
    return fail(ErrorCodes.validation, `Give a whole number from 1 to ${maxSuppressionThreshold}.`);
  }
  return deps.store.transaction(async (tx) => {
    const person = await tx.people.get(actor.personId);
    if (!person?.administrator) {
      return fail(ErrorCodes.forbidden, "Only an administrator can set the reports' small-count threshold.");
    }
    const before = await tx.reports.suppressionThreshold();
    await tx.reports.setSuppressionThreshold(threshold);
    await tx.audit.append(
      newAuditEntry(
        deps,
        actor,
        "report-settings.changed",
        { type: "report-settings", id: "reports" },
        deps.clock.now().toISOString(),
        { suppressedBelow: { before, after: threshold } },
      ),
    );
    return ok({ suppressedBelow: threshold });
  });
}
