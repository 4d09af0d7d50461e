import { describe, expect, it } from "vitest";
import { aSchedulingScenario } from "../testing/scheduling-scenario.js";
import { finishPendingMeetings } from "./finish-pending-meetings.js";
import { scheduleMeeting } from "./schedule-meeting.js";

const worker = { personId: "convenor", channel: "worker", origin: null, correlationId: null };
const request = (key: string, eventBy: "convenor" | "outlook") => ({
  panelId: "panel-icsmg",
  idempotencyKey: key,
  startsAt: "2026-11-17T10:00:00Z",
  eventBy,
  appUrl: "https://convenor.example",
});

describe("finishPendingMeetings", () => {
  it("makes the event of a meeting left pending by a Graph failure, once, and leaves Outlook's to the add-in", async () => {
    const s = aSchedulingScenario("icsmg");
    s.calendar.failNext("createMeeting", "GRAPH.UNAVAILABLE");
    await scheduleMeeting(s.deps, s.actor(s.people.chair), request("schedule-0001", "convenor"));
    await scheduleMeeting(s.deps, s.actor(s.people.chair), request("schedule-0002", "outlook"));
    const [failedOne, outlookOne] = s.store.contents().meetings;

    const report = await finishPendingMeetings(s.deps, worker, { appUrl: "https://convenor.example" });
    expect(report.ok && report.value).toEqual({ scheduled: [failedOne?.id], failed: [] });
    const after = s.store.contents().meetings;
    expect(after.find((m) => m.id === failedOne?.id)).toMatchObject({
      state: "planned",
      calendarEventId: "event-1",
    });
    expect(after.find((m) => m.id === outlookOne?.id)?.state).toBe("pending");

    // The chair's own retry afterwards finds the meeting planned and makes no second event.
    const retried = await scheduleMeeting(
      s.deps,
      s.actor(s.people.chair),
      request("schedule-0001", "convenor"),
    );
    expect(retried.ok && retried.value.meeting.calendarEventId).toBe("event-1");
    expect(s.calendar.events.size).toBe(1);
    expect(s.store.contents().audit.filter((entry) => entry.action === "meeting.scheduled")).toEqual([
      expect.objectContaining({ actorId: "convenor", subjectId: failedOne?.id }),
    ]);
  });

  it("keeps the meeting pending while Graph still fails, and reports it", async () => {
    const s = aSchedulingScenario("icsmg");
    s.calendar.failNext("createMeeting", "GRAPH.THROTTLED", 2);
    await scheduleMeeting(s.deps, s.actor(s.people.chair), request("schedule-0001", "convenor"));
    const report = await finishPendingMeetings(s.deps, worker, { appUrl: "https://convenor.example" });
    const [meeting] = s.store.contents().meetings;
    expect(report.ok && report.value.failed).toEqual([{ meetingId: meeting?.id, code: "GRAPH.THROTTLED" }]);
    expect(meeting?.state).toBe("pending");
  });
});
