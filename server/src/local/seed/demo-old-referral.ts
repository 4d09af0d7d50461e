import type { Child, Clock, Referral, Store } from "@convenor/shared";
import { demoPanels } from "./demo-panels.js";
import { demoReferralForm } from "./demo-referral-forms.js";

/** A fictional child whose only referral closed seven years ago: past the six-year retention period. */
export const demoOldChild: Child = {
  id: "c-old",
  givenName: "Rowan",
  familyName: "Grant",
  dateOfBirth: "2006-08-19",
  school: "Millburn Academy",
  locality: "Inverness East",
  lookedAfter: false,
};

export const demoOldReferralId = "r-old-closed";

/**
 * A referral closed seven years before the demo starts, so the retention job anonymises it (and Rowan's
 * record) soon after `npm start`: the coordinator then sees it with its statistics and without a name.
 */
export async function seedDemoOldReferral(store: Store, clock: Clock): Promise<void> {
  const now = clock.now();
  const closedAt = new Date(Date.UTC(now.getUTCFullYear() - 7, now.getUTCMonth(), 1, 10)).toISOString();
  const filedAt = new Date(Date.parse(closedAt) - 90 * 24 * 60 * 60_000).toISOString();
  const panel = demoPanels.find((candidate) => candidate.id === "panel-lcjst")!;
  await store.transaction(async (tx) => {
    await tx.children.insert(demoOldChild);
    const year = Number(filedAt.slice(0, 4));
    const referral: Referral = {
      id: demoOldReferralId,
      panelId: panel.id,
      reference: await tx.referrals.nextReference(panel.id, panel.code, year),
      state: "closed",
      childId: demoOldChild.id,
      referrerId: "p-teacher",
      urgency: "routine",
      form: { ...demoReferralForm(panel.preset, demoOldChild), "consent.recordedOn": filedAt.slice(0, 10) },
      meetingId: null,
      retrospective: false,
      createdAt: filedAt,
      updatedAt: closedAt,
      version: 5,
      history: [
        { from: null, to: "submitted", at: filedAt, byPersonId: "p-teacher", reason: null },
        { from: "submitted", to: "accepted", at: filedAt, byPersonId: "p-chair", reason: null },
        { from: "accepted", to: "decided", at: closedAt, byPersonId: "p-chair", reason: "Support in school" },
        {
          from: "decided",
          to: "closed",
          at: closedAt,
          byPersonId: "p-chair",
          reason: "Shared with Rowan's mum",
        },
      ],
    };
    await tx.referrals.insert(referral);
  });
}
