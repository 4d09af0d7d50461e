import { describe, expect, it } from "vitest";
import { aSchedulingScenario, type SchedulingScenario } from "../testing/scheduling-scenario.js";
import { linkMeetingToEvent } from "./link-meeting-to-event.js";
import { scheduleMeeting } from "./schedule-meeting.js";

async function pendingMeeting(s: SchedulingScenario, key = "outlook-0001") {
  const result = await scheduleMeeting(s.deps, s.actor(s.people.chair), {
    panelId: s.panel.id,
    idempotencyKey: key,
    startsAt: "2026-11-17T10:00:00Z",
    eventBy: "outlook",
    appUrl: "https://convenor.example",
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.meeting;
}

describe("linkMeetingToEvent (the Outlook add-in path)", () => {
  it("links the saved event, makes it a Teams meeting and takes its times", async () => {
    const s = aSchedulingScenario("icsmg");
    const meeting = await pendingMeeting(s);
    // The chair moved it half an hour in Outlook before saving.
    const eventId = s.calendar.addOutlookEvent(
      "chair@council.example",
      "2026-11-17T10:30:00Z",
      "2026-11-17T12:30:00Z",
    );
    const linked = await linkMeetingToEvent(s.deps, s.actor(s.people.chair), {
      meetingId: meeting.id,
      eventId,
    });
    expect(linked.ok && linked.value.meeting).toMatchObject({
      state: "planned",
      calendarEventId: eventId,
      joinUrl: `https://teams.example/join/${eventId}`,
      startsAt: "2026-11-17T10:30:00.000Z",
      endsAt: "2026-11-17T12:30:00.000Z",
    });
    expect(s.calendar.calls.find((call) => call.operation === "updateMeeting")?.args[2]).toEqual({
      onlineMeeting: true,
    });
    expect(s.store.contents().audit.at(-1)).toMatchObject({
      action: "meeting.scheduled",
      subjectId: meeting.id,
    });

    const again = await linkMeetingToEvent(s.deps, s.actor(s.people.chair), {
      meetingId: meeting.id,
      eventId,
    });
    expect(again.ok && again.value.replayed).toBe(true);
  });

  it("does not change an event that is already a Teams meeting", async () => {
    const s = aSchedulingScenario("icsmg");
    const meeting = await pendingMeeting(s);
    const eventId = s.calendar.addOutlookEvent(
      "chair@council.example",
      "2026-11-17T10:00:00Z",
      "2026-11-17T12:00:00Z",
      true,
    );
    const linked = await linkMeetingToEvent(s.deps, s.actor(s.people.chair), {
      meetingId: meeting.id,
      eventId,
    });
    expect(linked.ok).toBe(true);
    expect(s.calendar.count("updateMeeting")).toBe(0);
  });

  it("refuses an event that is not in the organiser's calendar, and leaves the meeting pending", async () => {
    const s = aSchedulingScenario("icsmg");
    const meeting = await pendingMeeting(s);
    const elsewhere = s.calendar.addOutlookEvent(
      "teacher@council.example",
      "2026-11-17T10:00:00Z",
      "2026-11-17T12:00:00Z",
    );
    for (const eventId of ["AAMkAGI-no-such-event", elsewhere]) {
      const result = await linkMeetingToEvent(s.deps, s.actor(s.people.chair), {
        meetingId: meeting.id,
        eventId,
      });
      expect(result.ok ? null : result.error.code).toBe("SCHEDULING.EVENT_NOT_FOUND");
    }
    expect(s.store.contents().meetings.find((m) => m.id === meeting.id)?.state).toBe("pending");
  });

  it("refuses a meeting that already has another event, an event linked to another meeting, and strangers", async () => {
    const s = aSchedulingScenario("icsmg");
    const first = await pendingMeeting(s, "outlook-0001");
    const second = await pendingMeeting(s, "outlook-0002");
    const eventId = s.calendar.addOutlookEvent(
      "chair@council.example",
      "2026-11-17T10:00:00Z",
      "2026-11-17T12:00:00Z",
      true,
    );
    const other = s.calendar.addOutlookEvent(
      "chair@council.example",
      "2026-11-18T10:00:00Z",
      "2026-11-18T12:00:00Z",
      true,
    );
    await linkMeetingToEvent(s.deps, s.actor(s.people.chair), { meetingId: first.id, eventId });

    const relink = await linkMeetingToEvent(s.deps, s.actor(s.people.chair), {
      meetingId: first.id,
      eventId: other,
    });
    expect(relink.ok ? null : relink.error.code).toBe("SCHEDULING.MEETING_NOT_PENDING");
    const taken = await linkMeetingToEvent(s.deps, s.actor(s.people.chair), {
      meetingId: second.id,
      eventId,
    });
    expect(taken.ok ? null : taken.error.code).toBe("SCHEDULING.EVENT_LINKED_TO_ANOTHER_MEETING");
    const stranger = await linkMeetingToEvent(s.deps, s.actor(s.people.outsider), {
      meetingId: second.id,
      eventId: other,
    });
    expect(stranger.ok ? null : stranger.error.code).toBe("SCHEDULING.NOT_CHAIR_OR_COORDINATOR");
    const unknown = await linkMeetingToEvent(s.deps, s.actor(s.people.chair), {
      meetingId: "meeting-nope",
      eventId: other,
    });
    expect(unknown.ok ? null : unknown.error.code).toBe("NOT_FOUND");
  });
});
