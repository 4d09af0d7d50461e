import { aMeeting, aPanel, FixedClock, InMemoryStore } from "@convenor/shared/testing";
import { describe, expect, it, vi } from "vitest";
import { capturedLogger } from "../captured-logger.test-support.js";
import { HeldMeetingsJob } from "./held-meetings.job.js";

describe("the held meetings job", () => {
  it("records yesterday's meeting as held and logs its id", async () => {
    const panel = aPanel("icsmg", { id: "panel" });
    const store = new InMemoryStore({
      panels: [panel],
      meetings: [aMeeting(panel, "2026-03-05T10:00:00.000Z", { id: "meeting-yesterday" })],
    });
    const { lines, logger } = capturedLogger();
    const job = new HeldMeetingsJob({
      deps: { store, clock: new FixedClock("2026-03-06T06:00:00Z") },
      logger,
    });

    await job.runOnce();

    expect((await store.read((tx) => tx.meetings.get("meeting-yesterday")))?.state).toBe("held");
    expect(lines.find((line) => line.msg === "meetings recorded as held")).toMatchObject({
      held: ["meeting-yesterday"],
    });
  });

  it("logs a failure without throwing, and tries again next time", async () => {
    const store = new InMemoryStore();
    vi.spyOn(store, "transaction").mockRejectedValueOnce(new Error("database is down"));
    const { lines, logger } = capturedLogger();
    const job = new HeldMeetingsJob({
      deps: { store, clock: new FixedClock("2026-03-06T06:00:00Z") },
      logger,
    });

    await job.runOnce();
    await job.runOnce();

    expect(lines.filter((line) => line.level === 50)).toMatchObject([
      { msg: "recording held meetings failed", reason: "database is down" },
    ]);
  });
});
