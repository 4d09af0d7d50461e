import { summariseReferral, ukLocalDate, type ReferralSummary, type UseCaseDeps } from "@convenor/shared";

export interface ReferralView {
  summary: ReferralSummary;
  /** Display name of whoever made the latest screening decision, for the shared card. */
  decidedBy: string | null;
  meetingStartsAt: string | null;
  retrospective: boolean;
  /** Panel chairs and coordinators: who screens it. */
  screenerIds: string[];
}

/** A referral's non-identifying facts for rendering a notification or a shared card. */
export async function loadReferralView(deps: UseCaseDeps, referralId: string): Promise<ReferralView | null> {
  const today = ukLocalDate(deps.clock.now().toISOString());
  return deps.store.transaction(async (tx) => {
    const referral = await tx.referrals.get(referralId);
    if (!referral) return null;
    const panel = await tx.panels.get(referral.panelId);
    const child = referral.childId ? await tx.children.get(referral.childId) : null;
    const last = referral.history.at(-1);
    const decider = last && last.to !== "submitted" ? await tx.people.get(last.byPersonId) : null;
    const meeting = referral.meetingId ? await tx.meetings.get(referral.meetingId) : null;
    const members = await tx.panels.members(referral.panelId);
    return {
      summary: summariseReferral(referral, panel, child, today),
      decidedBy: decider?.displayName ?? null,
      meetingStartsAt: meeting?.startsAt ?? null,
      retrospective: referral.retrospective,
      screenerIds: members
        .filter((m) => m.roles.includes("chair") || m.roles.includes("coordinator"))
        .map((m) => m.personId),
    };
  });
}
