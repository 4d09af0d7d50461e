import { ukLocalDate } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { pageRequest, readSummaryPage, type ReferralPage, type ReferralPageInput } from "./referral-page.js";

/** The actor's own referrals, drafts included, a page at a time: most recently changed first. */
export async function listMyReferrals(
  deps: UseCaseDeps,
  actor: Actor,
  input: ReferralPageInput = {},
): Promise<Result<ReferralPage>> {
  const page = pageRequest("recent", input);
  if (!page.ok) return page;
  const today = ukLocalDate(deps.clock.now().toISOString());
  return deps.store.read(async (tx) =>
    ok(await readSummaryPage(tx, { referrerId: actor.personId, order: "recent" }, page.value, today)),
  );
}
