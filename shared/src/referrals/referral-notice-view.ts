import { screenersOf } from "../auth/policies.js";
import { ukLocalDate } from "../calendar/iso-date.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { summariseReferral, type ReferralSummary } from "./referral-summary.js";

/** A referral's non-identifying facts, for a notification or a card in a shared conversation. */
export interface ReferralView {
  summary: ReferralSummary;
  /** Display name of whoever made the latest screening decision, for the shared card. */
  decidedBy: string | null;
  meetingStartsAt: string | null;
  retrospective: boolean;
  /** The panel's chairs and coordinators: who screens it. */
  screenerIds: string[];
}

/**
 * Loads what a notification about a referral may show anyone in the panel's conversation. Not a view of
 * case detail (nothing identifying is read out), so it is not audited.
 */
export async function loadReferralView(deps: UseCaseDeps, referralId: string): Promise<ReferralView | null> {
  const today = ukLocalDate(deps.clock.now().toISOString());
  return deps.store.read((tx) => readReferralView(tx, referralId, today));
}

/** As `loadReferralView`, inside a use case's own transaction. */
export async function readReferralView(
  tx: StoreTx,
  referralId: string,
  today: string,
): Promise<ReferralView | null> {
  const referral = await tx.referrals.get(referralId);
  if (!referral) return null;
  const panel = await tx.panels.get(referral.panelId);
  const child = referral.childId ? await tx.children.get(referral.childId) : null;
  const last = referral.history.at(-1);
  const decider = last && last.to !== "submitted" ? await tx.people.get(last.byPersonId) : null;
  const meeting = referral.meetingId ? await tx.meetings.get(referral.meetingId) : null;
  return {
    summary: summariseReferral(referral, panel, child, today),
    decidedBy: decider?.displayName ?? null,
    meetingStartsAt: meeting?.startsAt ?? null,
    retrospective: referral.retrospective,
    screenerIds: screenersOf(await tx.panels.members(referral.panelId), referral.panelId),
  };
}
