import { aChild, aMembership, aPanel, aPerson, FixedClock, InMemoryStore } from "@convenor/shared/testing";
import { describe, expect, it } from "vitest";
import { capturedLogger } from "../captured-logger.test-support.js";
import { ReviewsJob } from "./reviews.job.js";

describe("the CIN reviews job", () => {
  it("creates a plan's 12-month consultation tasks once, however many instances run it", async () => {
    const panel = aPanel("cin-review", { id: "cin" });
    const chair = aPerson({ id: "chair" });
    const store = new InMemoryStore({
      people: [chair],
      panels: [panel],
      memberships: [aMembership(panel, chair, ["chair"])],
      children: [aChild({ id: "child" })],
    });
    await store.transaction((tx) =>
      tx.cinReviews.insertPlan({
        id: "plan",
        panelId: "cin",
        childId: "child",
        startedOn: "2025-10-01",
        longerSupport: false,
        namedPersonIds: [],
        lastReviewedOn: "2026-09-01",
        nextReviewDue: "2026-12-01",
        state: "open",
        version: 1,
      }),
    );
    const { lines, logger } = capturedLogger();
    const clock = new FixedClock("2026-11-04T06:00:00Z");
    const jobs = [1, 2].map(() => new ReviewsJob({ deps: { store, clock }, logger }));
    await Promise.all(jobs.map((job) => job.runOnce()));
    await jobs[0]!.runOnce();
    const cards = store.contents().outbox.filter((m) => m.kind === "review.consultation-task");
    expect(cards.map((m) => [m.recipient, m.payload.role])).toEqual([
      ["person:chair", "practice-manager"],
      ["person:chair", "safeguarding-service-manager"],
    ]);
    expect(lines.filter((line) => line.level === 50)).toEqual([]);
  });
});
