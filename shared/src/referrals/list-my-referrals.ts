import { ukLocalDate } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { summariseAll } from "./summarise-all.js";
import type { ReferralSummary } from "./referral-summary.js";

/** The actor's own referrals, drafts included, most recently changed first. */
export async function listMyReferrals(deps: UseCaseDeps, actor: Actor): Promise<Result<ReferralSummary[]>> {
  const today = ukLocalDate(deps.clock.now().toISOString());
  return deps.store.transaction(async (tx) => {
    const referrals = await tx.referrals.list({ referrerId: actor.personId });
    const summaries = await summariseAll(tx, referrals, today);
    return ok(summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
  });
}
