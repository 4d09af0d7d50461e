import { ukLocalDate } from "../calendar/iso-date.js";
import { canScreen } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import type { ReferralSummary } from "./referral-summary.js";
import { summariseAll } from "./summarise-all.js";

/** Submitted referrals waiting for screening on the panels the actor chairs or coordinates: urgent first, then oldest. */
export async function listScreeningQueue(
  deps: UseCaseDeps,
  actor: Actor,
  input: { panelId?: string } = {},
): Promise<Result<ReferralSummary[]>> {
  const today = ukLocalDate(deps.clock.now().toISOString());
  return deps.store.transaction(async (tx) => {
    const memberships = await tx.panels.membershipsOf(actor.personId);
    if (input.panelId && !canScreen(memberships, actor.personId, input.panelId)) {
      return fail(ErrorCodes.forbidden, "Only the panel's chair or coordinator sees its screening queue.");
    }
    const panelIds = input.panelId
      ? [input.panelId]
      : [...new Set(memberships.map((m) => m.panelId))].filter((id) =>
          canScreen(memberships, actor.personId, id),
        );
    const referrals = [];
    for (const panelId of panelIds)
      referrals.push(...(await tx.referrals.list({ panelId, states: ["submitted"] })));
    const summaries = await summariseAll(tx, referrals, today);
    const rank = (urgency: string) => (urgency === "urgent" ? 0 : 1);
    return ok(
      summaries.sort((a, b) => rank(a.urgency) - rank(b.urgency) || a.updatedAt.localeCompare(b.updatedAt)),
    );
  });
}
