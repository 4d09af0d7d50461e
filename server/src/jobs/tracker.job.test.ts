import { aChild, aMembership, aPanel, aPerson, FixedClock, InMemoryStore } from "@convenor/shared/testing";
import { describe, expect, it } from "vitest";
import { capturedLogger } from "../captured-logger.test-support.js";
import { TrackerJob } from "./tracker.job.js";

function twoInstances() {
  const panel = aPanel("cic-hrp", { id: "hrp" });
  const worker = aPerson({ id: "worker" });
  const chair = aPerson({ id: "chair" });
  const store = new InMemoryStore({
    people: [worker, chair],
    panels: [panel],
    memberships: [aMembership(panel, chair, ["chair"])],
    children: [aChild({ id: "yp", dateOfBirth: "2011-05-05", lookedAfter: true })],
  });
  const clock = new FixedClock("2026-11-02T09:00:00Z");
  const { lines, logger } = capturedLogger();
  const jobs = [1, 2].map(() => new TrackerJob({ deps: { store, clock }, logger, intervalMs: 60_000 }));
  return {
    store,
    clock,
    jobs,
    lines,
    caseload: { panelId: panel.id, childId: "yp", workerId: worker.id, team: "T1" },
  };
}

describe("the tracker job", () => {
  it("writes each worker's monthly card once, however many instances run it", async () => {
    const { store, jobs, lines, caseload } = twoInstances();
    await store.transaction((tx) => tx.caseload.upsert(caseload));
    await Promise.all(jobs.map((job) => job.runOnce()));
    await jobs[0]!.runOnce();
    const messages = store.contents().outbox;
    expect(messages.map((message) => [message.kind, message.recipient])).toEqual([
      ["tracker.monthly-card", "person:worker"],
    ]);
    expect(lines.filter((line) => line.msg === "tracker notices written")).toEqual([
      expect.objectContaining({ cards: 1, reminders: 0, redLists: 0 }),
    ]);
    expect(JSON.stringify(lines)).not.toContain("2011-05-05");
  });
});
