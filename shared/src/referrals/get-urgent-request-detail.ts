import { canDecideUrgent } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { getReferralDetail, type ReferralDetail } from "./get-referral-detail.js";

/** The per-user view of an urgent request: the audited case detail, and whether the actor may decide it. */
export async function getUrgentRequestDetail(
  deps: UseCaseDeps,
  actor: Actor,
  input: { referralId: string },
): Promise<Result<{ detail: ReferralDetail; canDecide: boolean }>> {
  const detail = await getReferralDetail(deps, actor, input);
  if (!detail.ok) return detail;
  const { panelId, urgency } = detail.value.referral;
  return deps.store.read(async (tx) => {
    const memberships = await tx.panels.membershipsOf(actor.personId);
    const panelMembers = await tx.panels.members(panelId);
    const canDecide =
      urgency === "urgent" && canDecideUrgent(memberships, actor.personId, panelId, panelMembers);
    return ok({ detail: detail.value, canDecide });
  });
}
