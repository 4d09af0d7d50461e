import { canManageRetention } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type { RetentionPeriods } from "../model/retention.js";
import type { Store } from "../ports/store.port.js";
import { periodsInForce } from "./retention-periods.js";

/** How long each kind of record is kept before it is anonymised (set or default). Administrators only. */
export async function getRetentionPeriods(
  deps: { store: Store },
  actor: Actor,
): Promise<Result<RetentionPeriods>> {
  return deps.store.read(async (tx) => {
    if (!canManageRetention(await tx.people.get(actor.personId))) {
      return fail(ErrorCodes.forbidden, "Only an administrator can see the retention periods.");
    }
    return ok(periodsInForce(await tx.retention.periods()));
  });
}
