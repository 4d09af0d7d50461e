import type {
  RecordCapacityRefusalInput,
  RecordCapacityRefusalResult,
} from "../api/capacity-refusal-requests.js";
import { newAuditEntry } from "../audit/new-audit-entry.js";
import { ukLocalDate } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import { idempotentReferralWrite } from "../referrals/idempotent-referral-write.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { loadCapacityRefusalAccess } from "./capacity-refusal-access.js";
import { capacityRefusalRow } from "./capacity-refusal-row.js";
import { checkCapacityRefusal } from "./check-capacity-refusal.js";

const scope = "capacity-refusal.record";

/**
 * A Named Person, or the panel's chair, coordinator or a member, records that a third-sector organisation could
 * not take a piece of work for lack of capacity or a waiting list (002 Appendix 2), so that the unmet need in
 * localities shows in the panel's counts. No child is named: the form has no field for one. Once per
 * idempotency key: a double click records one refusal and answers both with it.
 */
export async function recordCapacityRefusal(
  deps: UseCaseDeps,
  actor: Actor,
  input: RecordCapacityRefusalInput,
): Promise<Result<RecordCapacityRefusalResult>> {
  const { idempotencyKey, ...request } = input;
  const at = deps.clock.now().toISOString();
  const refusalId = newIdFrom(deps);
  // The idempotency helper keeps a pointer to the record it made; here that record is the refusal.
  return idempotentReferralWrite(deps, actor, {
    scope,
    idempotencyKey,
    referralId: refusalId,
    request,
    work: async (tx) => {
      const panel = await loadCapacityRefusalAccess(tx, actor, input.panelId);
      if (!panel.ok) return panel;
      const checked = checkCapacityRefusal(request, ukLocalDate(at));
      if (!checked.ok) return checked;
      const refusal = {
        id: refusalId,
        panelId: panel.value.id,
        ...checked.value,
        recordedById: actor.personId,
        recordedAt: at,
      };
      await tx.capacityRefusals.insert(refusal);
      await tx.audit.append(
        newAuditEntry(
          deps,
          actor,
          "capacity-refusal.recorded",
          { type: "capacity-refusal", id: refusal.id },
          at,
          {
            panelId: refusal.panelId,
          },
        ),
      );
      return ok<RecordCapacityRefusalResult>({ refusal: capacityRefusalRow(refusal), replayed: false });
    },
    replay: async (tx, storedId) => {
      const refusal = await tx.capacityRefusals.get(storedId);
      if (!refusal) throw new Error(`Idempotency key points at a missing capacity refusal ${storedId}`);
      return ok<RecordCapacityRefusalResult>({ refusal: capacityRefusalRow(refusal), replayed: true });
    },
  });
}
