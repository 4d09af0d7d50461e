import { scheduleMeeting } from "@convenor/shared";
import { aSchedulingScenario } from "@convenor/shared/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../logger.js";
import { capturedLogger } from "../captured-logger.test-support.js";
import { SyncMeetingsJob } from "./sync-meetings.job.js";

async function aJob() {
  const s = aSchedulingScenario("icsmg");
  const scheduled = await scheduleMeeting(s.deps, s.actor(s.people.chair), {
    panelId: s.panel.id,
    idempotencyKey: "schedule-0001",
    startsAt: "2026-11-17T10:00:00Z",
    eventBy: "convenor",
    appUrl: "https://convenor.example",
  });
  if (!scheduled.ok) throw new Error(scheduled.error.message);
  const { lines, logger } = capturedLogger();
  const job = new SyncMeetingsJob({
    deps: s.deps,
    logger,
    appUrl: "https://convenor.example",
    intervalMs: 60_000,
  });
  return { s, job, lines, meeting: scheduled.value.meeting };
}

describe("the job that keeps meetings in step with their calendar events", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] }));
  afterEach(() => vi.useRealTimers());

  it("moves a meeting whose event moved, at start, and cancels one cancelled later, on the next run", async () => {
    const { s, job, lines, meeting } = await aJob();
    s.calendar.moveEvent(meeting.calendarEventId ?? "", "2026-11-24T10:00:00Z", "2026-11-24T12:00:00Z");
    job.start();
    await vi.advanceTimersByTimeAsync(0);
    await job.runOnce();
    expect(lines.at(-1)).toMatchObject({ moved: [meeting.id], cancelled: [] });

    await s.calendar.cancelMeeting("chair@council.example", meeting.calendarEventId ?? "", "Off");
    await vi.advanceTimersByTimeAsync(60_000);
    await job.runOnce();
    await job.stop();
    expect(lines.at(-1)).toMatchObject({ moved: [], cancelled: [meeting.id] });
    expect(s.store.contents().meetings[0]?.state).toBe("cancelled");
  });

  it("makes the event of a meeting a Graph failure left pending", async () => {
    const s = aSchedulingScenario("icsmg");
    s.calendar.failNext("createMeeting", "GRAPH.UNAVAILABLE");
    await scheduleMeeting(s.deps, s.actor(s.people.chair), {
      panelId: s.panel.id,
      idempotencyKey: "schedule-0001",
      startsAt: "2026-11-17T10:00:00Z",
      eventBy: "convenor",
      appUrl: "https://convenor.example",
    });
    const job = new SyncMeetingsJob({
      deps: s.deps,
      logger: createLogger({ level: "silent" }),
      appUrl: "https://convenor.example",
    });
    await job.runOnce();
    expect(s.store.contents().meetings[0]).toMatchObject({ state: "planned", calendarEventId: "event-1" });
  });

  it("logs a failed pass and keeps going", async () => {
    const { s, job, lines } = await aJob();
    vi.spyOn(s.store, "read").mockRejectedValue(new Error("database is down"));
    await job.runOnce();
    expect(lines.at(-1)).toMatchObject({ reason: "database is down" });
  });
});
