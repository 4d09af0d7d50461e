import { ukLocalDate } from "../calendar/iso-date.js";
import { canScreen } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { pageRequest, readSummaryPage, type ReferralPage, type ReferralPageInput } from "./referral-page.js";

/**
 * Submitted referrals waiting for screening on the panels the actor chairs or coordinates (or on one of them),
 * a page at a time: urgent first, then the longest waiting.
 */
export async function listScreeningQueue(
  deps: UseCaseDeps,
  actor: Actor,
  input: { panelId?: string } & ReferralPageInput = {},
): Promise<Result<ReferralPage>> {
  const page = pageRequest("screening", input);
  if (!page.ok) return page;
  const today = ukLocalDate(deps.clock.now().toISOString());
  return deps.store.read(async (tx) => {
    const memberships = await tx.panels.membershipsOf(actor.personId);
    if (input.panelId && !canScreen(memberships, actor.personId, input.panelId)) {
      return fail(ErrorCodes.forbidden, "Only the panel's chair or coordinator sees its screening queue.");
    }
    const panelIds = input.panelId
      ? [input.panelId]
      : [...new Set(memberships.map((m) => m.panelId))].filter((id) =>
          canScreen(memberships, actor.personId, id),
        );
    return ok(
      await readSummaryPage(tx, { panelIds, states: ["submitted"], order: "screening" }, page.value, today),
    );
  });
}
