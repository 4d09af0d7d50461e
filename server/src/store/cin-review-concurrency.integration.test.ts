import { describe, expect, it } from "vitest";
import {
  recordReviewOutcome,
  requestEarlyReview,
  runReviewChecks,
  type Actor,
  type Store,
} from "@convenor/shared";
import { aChild, aMeeting, aMembership, aPanel, aPerson, FixedClock } from "@convenor/shared/testing";
import { uniqueId } from "./store-test-data.test-support.js";
import { twoConnectionsOnEachEngine } from "./two-connections.test-support.js";

// CIN reviews from two service instances at once, on each real engine: the 12-month tasks are made once, a
// double-submitted outcome lands once, and an early review asked for twice at once is one request, one item.

const engines = twoConnectionsOnEachEngine("cin-review-race");

const actorOf = (personId: string): Actor => ({
  personId,
  channel: "test",
  origin: null,
  correlationId: null,
});

async function seedPlan(store: Store) {
  const panel = aPanel("cin-review", { id: uniqueId("panel") });
  const chair = aPerson({ id: uniqueId("chair") });
  const member = aPerson({ id: uniqueId("member") });
  const child = aChild({ id: uniqueId("child"), familyName: uniqueId("Baird") });
  const planId = uniqueId("plan");
  await store.transaction(async (tx) => {
    await tx.panels.upsert(panel);
    for (const person of [chair, member]) await tx.people.upsert(person);
    await tx.panels.setMembers(panel.id, [
      aMembership(panel, chair, ["chair"]),
      aMembership(panel, member, ["member"]),
    ]);
    await tx.children.insert(child);
    await tx.meetings.insert(aMeeting(panel, "2026-12-08T10:00:00.000Z", { id: uniqueId("meeting") }));
    await tx.cinReviews.insertPlan({
      id: planId,
      panelId: panel.id,
      childId: child.id,
      startedOn: "2025-10-01",
      longerSupport: false,
      namedPersonIds: [],
      lastReviewedOn: "2026-08-01",
      nextReviewDue: "2026-11-01",
      state: "open",
      version: 1,
    });
  });
  return { panel, planId, chair: actorOf(chair.id), member: actorOf(member.id) };
}

describe.each(engines)("CIN reviews from two instances at once: %s", (_name, open) => {
  it.skipIf(!open)(
    "makes the 12-month tasks once, records one outcome, keeps one early request",
    async () => {
      const [first, second] = await open!();
      try {
        const clock = new FixedClock("2026-11-04T09:00:00.000Z");
        const deps = [first, second].map((opened) => ({ store: opened.store, clock }));
        const { panel, planId, chair, member } = await seedPlan(first.store);
        const job = actorOf("convenor");

        await Promise.all(deps.map((d) => runReviewChecks(d, job)));
        const tasks = await first.store.read((tx) => tx.cinReviews.consultations(panel.id));
        expect(tasks.map((task) => task.role).sort()).toEqual([
          "practice-manager",
          "safeguarding-service-manager",
        ]);

        const reason = "Family moved to temporary accommodation.";
        const asked = await Promise.all(deps.map((d) => requestEarlyReview(d, member, { planId, reason })));
        expect(asked.map((r) => r.ok && r.value.existing).sort()).toEqual([false, true]);
        const requests = await first.store.read((tx) =>
          tx.cinReviews.earlyRequests(panel.id, ["pending", "listed"]),
        );
        expect(requests).toHaveLength(1);

        const input = {
          planId,
          reviewDueOn: "2026-11-01",
          reviewedOn: "2026-11-03",
          outcome: "continue" as const,
          reasons: "Keep the plan",
          nextReviewOn: "2027-02-01",
        };
        const recorded = await Promise.all(deps.map((d) => recordReviewOutcome(d, chair, input)));
        expect(recorded.map((r) => (r.ok ? "ok" : r.error.code)).sort()).toEqual([
          "REVIEW.ALREADY_RECORDED",
          "ok",
        ]);
        expect(await first.store.read((tx) => tx.cinReviews.reviewsOf(planId))).toHaveLength(1);
      } finally {
        await first.close();
        await second.close();
      }
    },
  );
});
