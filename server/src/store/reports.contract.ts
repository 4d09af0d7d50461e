import { describe, expect, it } from "vitest";
import type { Decision, Rag, RagArea, Referral } from "@convenor/shared";
import { useOpenedStore, type OpenedStore } from "./store.contract.js";
import { someMeeting, someRating, someReferral, uniqueId } from "./store-test-data.test-support.js";

const referral = (
  panelId: string,
  createdAt: string,
  form: Record<string, unknown>,
  more: Partial<Referral> = {},
) => someReferral({ panelId, childId: uniqueId("child"), createdAt, updatedAt: createdAt, form, ...more });

const placement = (meetingId: string, decidedAt: string, more: Partial<Decision> = {}): Decision => ({
  id: uniqueId("decision"),
  questionId: null,
  meetingId,
  agendaItemId: uniqueId("item"),
  referralId: null,
  childId: uniqueId("child"),
  kind: "resource-request",
  outcome: "approved",
  resource: { resource: "isg-purchased-placement", outcome: "agreed", placement: "planned" },
  reasons: "Agreed",
  decidedAt,
  decidedByIds: ["chair-1"],
  reviewDate: null,
  votes: [],
  dissent: [],
  castingOutcome: false,
  ...more,
});

const green: Record<RagArea, Rag> = {
  "missing-or-exploitation": "green",
  "education-employment-training": "green",
  "placement-permanency": "green",
  "youth-justice": "green",
  health: "green",
};

/** The report reads: counts grouped by month and key, the same on every adapter. */
export function describeReportsContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Store contract, reports: ${name}`, () => {
    const store = useOpenedStore(open);

    it("counts a panel's referrals per month by establishment, agency and state, and by SHANARRI indicator, leaving out drafts, other panels and other months", async () => {
      const panelId = uniqueId("panel");
      const north = { "child.school": "north academy", "referrer.agency": "education" };
      await store().transaction(async (tx) => {
        await tx.referrals.insert(
          referral(panelId, "2026-03-02T09:00:00.000Z", { ...north, shanarri: ["safe", "healthy"] }),
        );
        await tx.referrals.insert(
          referral(panelId, "2026-03-20T09:00:00.000Z", { ...north, shanarri: ["safe"] }),
        );
        await tx.referrals.insert(
          referral(
            panelId,
            "2026-04-01T09:00:00.000Z",
            { "referrer.agency": "health" },
            { state: "declined" },
          ),
        );
        await tx.referrals.insert(referral(panelId, "2026-03-05T09:00:00.000Z", north, { state: "draft" }));
        await tx.referrals.insert(referral(panelId, "2026-06-05T09:00:00.000Z", north));
        await tx.referrals.insert(referral(uniqueId("panel"), "2026-03-05T09:00:00.000Z", north));
      });
      const range = { panelId, fromMonth: "2026-03", toMonth: "2026-05" };
      const counts = await store().read((tx) => tx.reports.referralCounts(range));
      expect(counts).toEqual([
        {
          month: "2026-03",
          establishment: "north academy",
          agency: "education",
          state: "submitted",
          count: 2,
        },
        { month: "2026-04", establishment: "", agency: "health", state: "declined", count: 1 },
      ]);
      const reasons = await store().read((tx) => tx.reports.referralReasons(range));
      expect(reasons).toEqual([
        { month: "2026-03", indicator: "healthy", count: 1 },
        { month: "2026-03", indicator: "safe", count: 2 },
      ]);
    });

    it("counts CIN reviews by month and outcome, and the unmet need register by month and resource", async () => {
      const panelId = uniqueId("panel");
      const planId = uniqueId("plan");
      await store().transaction(async (tx) => {
        await tx.cinReviews.insertPlan({
          id: planId,
          panelId,
          childId: uniqueId("child"),
          startedOn: "2026-01-10",
          longerSupport: false,
          namedPersonIds: [],
          lastReviewedOn: null,
          nextReviewDue: "2026-04-10",
          state: "open",
          version: 1,
        });
        for (const [dueOn, reviewedOn, outcome] of [
          ["2026-04-10", "2026-04-08", "continue"],
          ["2026-07-10", "2026-07-01", "amend"],
        ] as const) {
          await tx.cinReviews.insertReview({
            id: uniqueId("review"),
            planId,
            dueOn,
            reviewedOn,
            outcome,
            reasons: "Progress",
            nextReviewOn: null,
            exceptionalReason: null,
            recordedById: "chair-1",
            recordedAt: `${reviewedOn}T10:00:00.000Z`,
          });
        }
        for (const [recordedOn, resource] of [
          ["2026-04-14", "isms"],
          ["2026-04-28", "isms"],
          ["2026-05-12", "asbo"],
        ] as const) {
          await tx.unmetNeed.insert({
            id: uniqueId("need"),
            panelId,
            meetingId: uniqueId("meeting"),
            agendaItemId: uniqueId("item"),
            decisionId: uniqueId("decision"),
            resource,
            reference: "ISG-2026-0001",
            recordedOn,
          });
        }
      });
      const range = { panelId, fromMonth: "2026-04", toMonth: "2026-06" };
      expect(await store().read((tx) => tx.reports.reviewCounts(range))).toEqual([
        { month: "2026-04", outcome: "continue", count: 1 },
      ]);
      expect(await store().read((tx) => tx.reports.unmetNeedCounts(range))).toEqual([
        { month: "2026-04", resource: "isms", count: 2 },
        { month: "2026-05", resource: "asbo", count: 1 },
      ]);
    });

    it("counts agreed purchased placements per month by timing and retrospective agreement, through the meeting's panel", async () => {
      const panelId = uniqueId("panel");
      const meeting = someMeeting({ panelId });
      const other = someMeeting({ panelId: uniqueId("panel") });
      const urgent = someReferral({ panelId, childId: uniqueId("child"), retrospective: true });
      await store().transaction(async (tx) => {
        await tx.meetings.insert(meeting);
        await tx.meetings.insert(other);
        await tx.referrals.insert(urgent);
        await tx.votes.insertDecision(placement(meeting.id, "2026-05-03T10:00:00.000Z"));
        await tx.votes.insertDecision(placement(meeting.id, "2026-05-04T10:00:00.000Z"));
        await tx.votes.insertDecision(
          placement(meeting.id, "2026-05-05T10:00:00.000Z", {
            resource: { resource: "isg-purchased-placement", outcome: "agreed", placement: "unplanned" },
          }),
        );
        await tx.votes.insertDecision(
          placement(meeting.id, "2026-06-05T10:00:00.000Z", { referralId: urgent.id }),
        );
        await tx.votes.insertDecision(
          placement(meeting.id, "2026-05-06T10:00:00.000Z", {
            resource: { resource: "isg-purchased-placement", outcome: "declined", placement: "planned" },
          }),
        );
        await tx.votes.insertDecision(
          placement(meeting.id, "2026-05-07T10:00:00.000Z", {
            resource: { resource: "isms", outcome: "agreed", placement: null },
          }),
        );
        await tx.votes.insertDecision(placement(other.id, "2026-05-08T10:00:00.000Z"));
      });
      const counts = await store().read((tx) =>
        tx.reports.placementCounts({ panelId, fromMonth: "2026-01", toMonth: "2026-12" }),
      );
      expect(counts).toEqual([
        { month: "2026-05", placement: "planned", retrospective: false, count: 2 },
        { month: "2026-05", placement: "unplanned", retrospective: false, count: 1 },
        { month: "2026-06", placement: "planned", retrospective: true, count: 1 },
      ]);
    });

    it("counts the High Risk Panel's reds by area per month, the young people listed by the two-reds rule, and their months on the list", async () => {
      const panelId = uniqueId("panel");
      const [a, b, c] = [uniqueId("child"), uniqueId("child"), uniqueId("child")];
      const red = (childId: string, month: string, area: RagArea) =>
        someRating({ panelId, childId, month, areas: { ...green, [area]: "red" } });
      await store().transaction(async (tx) => {
        for (const month of ["2026-03", "2026-04", "2026-05"])
          await tx.ratings.upsert(red(a, month, "health"));
        await tx.ratings.upsert(red(b, "2026-04", "health"));
        await tx.ratings.upsert(red(b, "2026-05", "education-employment-training"));
        await tx.ratings.upsert(red(b, "2026-06", "education-employment-training"));
        for (const month of ["2026-04", "2026-05"]) {
          await tx.ratings.upsertEntry({
            panelId,
            childId: c,
            month,
            ratedById: "worker",
            areas: { health: "red" },
            complete: false,
            submittedAt: null,
          });
        }
        await tx.ratings.upsert({ ...red(a, "2026-04", "health"), panelId: uniqueId("panel") });
      });
      const range = { panelId, fromMonth: "2026-04", toMonth: "2026-06" };
      expect(await store().read((tx) => tx.reports.redCounts(range))).toEqual([
        { month: "2026-04", area: "health", count: 2 },
        { month: "2026-05", area: "education-employment-training", count: 1 },
        { month: "2026-05", area: "health", count: 1 },
        { month: "2026-06", area: "education-employment-training", count: 1 },
      ]);
      expect(await store().read((tx) => tx.reports.listedCounts(range))).toEqual([
        { month: "2026-04", count: 1 },
        { month: "2026-05", count: 1 },
        { month: "2026-06", count: 1 },
      ]);
      expect(await store().read((tx) => tx.reports.timeOnList(range))).toEqual([
        { months: 1, count: 1 },
        { months: 2, count: 1 },
      ]);
    });

    it("keeps the administrator's small-count threshold, replacing it when set again", async () => {
      await store().transaction((tx) => tx.reports.setSuppressionThreshold(7));
      await store().transaction((tx) => tx.reports.setSuppressionThreshold(3));
      expect(await store().read((tx) => tx.reports.suppressionThreshold())).toBe(3);
    });
  });
}
