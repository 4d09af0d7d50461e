import { describe, expect, it } from "vitest";
import { meetingChatInstallKind } from "../meetings/meeting-chat/meeting-chat-install.js";
import { aSchedulingScenario, type SchedulingScenario } from "../testing/scheduling-scenario.js";
import { scheduleMeeting } from "./schedule-meeting.js";
import { syncMeetingWithEvent } from "./sync-meeting-with-event.js";
import { syncPlannedMeetings } from "./sync-planned-meetings.js";

const worker = { personId: "convenor", channel: "worker", origin: null, correlationId: null };

async function scheduled(s: SchedulingScenario) {
  const result = await scheduleMeeting(s.deps, s.actor(s.people.chair), {
    panelId: s.panel.id,
    idempotencyKey: "schedule-0001",
    startsAt: "2026-11-17T10:00:00Z",
    eventBy: "convenor",
    appUrl: "https://convenor.example",
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.meeting;
}

/** Notices to members (not the intent to install Convenor into the meeting's chat). */
const notices = (s: SchedulingScenario) =>
  s.store
    .contents()
    .outbox.filter((message) => message.kind !== meetingChatInstallKind)
    .map((message) => [message.kind, message.recipient, message.payload]);

describe("syncMeetingWithEvent", () => {
  it("moves the meeting when its event moved, and tells every member with the new deadlines", async () => {
    const s = aSchedulingScenario("icsmg");
    const meeting = await scheduled(s);
    s.calendar.moveEvent(meeting.calendarEventId!, "2026-11-24T13:00:00Z", "2026-11-24T15:00:00Z");
    const result = await syncMeetingWithEvent(s.deps, worker, { meetingId: meeting.id });
    expect(result.ok && result.value.outcome).toBe("moved");
    expect(s.store.contents().meetings.find((m) => m.id === meeting.id)).toMatchObject({
      startsAt: "2026-11-24T13:00:00.000Z",
      endsAt: "2026-11-24T15:00:00.000Z",
      state: "planned",
    });
    const told = notices(s);
    expect(told.map(([kind, recipient]) => [kind, recipient])).toEqual([
      ["meeting.moved", "person:chair"],
      ["meeting.moved", "person:coordinator"],
      ["meeting.moved", "person:teacher"],
      ["meeting.moved", "person:nurse"],
      ["meeting.moved", "person:police"],
    ]);
    expect(told[0]?.[2]).toMatchObject({
      meetingId: meeting.id,
      startsAt: "2026-11-24T13:00:00.000Z",
      previous: { startsAt: "2026-11-17T10:00:00.000Z" },
      deadlines: [
        { kind: "referral", date: "2026-11-16", reachable: true, label: "Child's Plan due" },
        { kind: "agenda", date: "2026-11-17", reachable: true, label: "Agenda out" },
        { kind: "papers", date: "2026-11-19", reachable: true, label: "Papers out" },
      ],
    });
    expect(s.store.contents().audit.at(-1)).toMatchObject({
      action: "meeting.moved-in-calendar",
      detail: {
        before: { startsAt: "2026-11-17T10:00:00.000Z" },
        after: { startsAt: "2026-11-24T13:00:00.000Z" },
      },
    });

    const again = await syncMeetingWithEvent(s.deps, worker, { meetingId: meeting.id });
    expect(again.ok && again.value.outcome).toBe("unchanged");
    expect(notices(s)).toHaveLength(5);
  });

  it("cancels the meeting when its event was cancelled or deleted, and tells the members", async () => {
    const s = aSchedulingScenario("icsmg");
    const meeting = await scheduled(s);
    await s.calendar.cancelMeeting("chair@council.example", meeting.calendarEventId!, "Cancelled");
    const result = await syncMeetingWithEvent(s.deps, worker, { meetingId: meeting.id });
    expect(result.ok && result.value.outcome).toBe("cancelled");
    expect(s.store.contents().meetings.find((m) => m.id === meeting.id)?.state).toBe("cancelled");
    expect(notices(s).map(([kind]) => kind)).toEqual(Array(5).fill("meeting.cancelled"));
  });

  it("leaves the meeting as it is when Microsoft 365 cannot be read, for the next pass", async () => {
    const s = aSchedulingScenario("icsmg");
    const meeting = await scheduled(s);
    s.calendar.failNext("getMeeting", "GRAPH.UNAVAILABLE");
    const result = await syncMeetingWithEvent(s.deps, worker, { meetingId: meeting.id });
    expect(result.ok ? null : result.error.code).toBe("GRAPH.UNAVAILABLE");
    expect(s.store.contents().meetings.find((m) => m.id === meeting.id)?.state).toBe("planned");
  });
});

describe("syncPlannedMeetings", () => {
  it("checks every planned meeting to come that has an event, and reports what changed or failed", async () => {
    const s = aSchedulingScenario("icsmg");
    const meeting = await scheduled(s);
    s.calendar.moveEvent(meeting.calendarEventId!, "2026-11-24T13:00:00Z", "2026-11-24T15:00:00Z");
    const report = await syncPlannedMeetings(s.deps, worker);
    expect(report.ok && report.value).toEqual({ checked: 1, moved: [meeting.id], cancelled: [], failed: [] });
    s.calendar.failNext("getMeeting", "GRAPH.THROTTLED");
    const busy = await syncPlannedMeetings(s.deps, worker);
    expect(busy.ok && busy.value.failed).toEqual([{ meetingId: meeting.id, code: "GRAPH.THROTTLED" }]);
  });
});
