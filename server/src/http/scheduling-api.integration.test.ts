import { addCalendarDays, isWorkingDay, ukLocalDate, type SlotSuggestions } from "@convenor/shared";
import { describe, expect, it } from "vitest";
import { useLocalApiService } from "../testing/local-api-service.js";

interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string }[] };
}
interface MeetingBody {
  meeting: {
    id: string;
    state: string;
    calendarEventId: string | null;
    joinUrl: string | null;
    startsAt: string;
  };
  deadlines: { kind: string; date: string; reachable: boolean }[];
  overridden: string[];
  replayed: boolean;
}

const today = () => ukLocalDate(new Date().toISOString());
/** The first working day in Scotland at least `days` from today. */
function workingDayFrom(days: number): string {
  let date = addCalendarDays(today(), days);
  while (!isWorkingDay(date, "scotland")) date = addCalendarDays(date, 1);
  return date;
}
const chairMailbox = "morag.chalmers@convenor.test";

describe("the scheduling API in local mode, against the Graph sandbox", () => {
  const api = useLocalApiService("convenor-scheduling-api-", { graphSandbox: true });
  const get = <T>(path: string, personId: string) => api.call<T & ErrorBody>("GET", path, personId);
  const post = <T>(path: string, personId: string, body: string | object) =>
    api.call<T & ErrorBody>("POST", path, personId, body);
  const slotsPath = (query: string) => `/api/panels/panel-icsmg/slots?${query}`;

  it("suggests ranked slots for the chair, with the partner-trust member unknown in every one", async () => {
    const from = workingDayFrom(14);
    const { status, body } = await get<SlotSuggestions>(
      slotsPath(`from=${from}&to=${addCalendarDays(from, 13)}`),
      "p-chair",
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ panelId: "panel-icsmg", from, durationMinutes: 120, quorumAgencies: 3 });
    const external = body.members.findIndex((member) => member.personId === "p-external");
    expect(body.members[external]).toMatchObject({ organisation: "external", calendar: "unknown" });
    expect(body.slots.length).toBeGreaterThan(0);
    for (const slot of body.slots) {
      expect(slot.statuses[external]).toBe("unknown");
      expect(isWorkingDay(slot.date, "scotland")).toBe(true);
    }
    expect(body.slots[0]).toMatchObject({ rank: 1, quorumMet: true, deadlinesReachable: true });
    expect(body.slots[0]?.reasons.length).toBeGreaterThan(0);
  });

  it.each([
    [
      "a window in the past",
      () => `from=${addCalendarDays(today(), -3)}&to=${addCalendarDays(today(), 3)}`,
      422,
      "SCHEDULING.WINDOW_IN_PAST",
    ],
    [
      "a reversed window",
      () => `from=${addCalendarDays(today(), 9)}&to=${addCalendarDays(today(), 2)}`,
      422,
      "SCHEDULING.WINDOW_REVERSED",
    ],
    [
      "a window over 13 weeks",
      () => `from=${today()}&to=${addCalendarDays(today(), 100)}`,
      422,
      "SCHEDULING.WINDOW_TOO_LONG",
    ],
    ["a date that is not one", () => "from=2026-02-30", 400, "VALIDATION.FAILED"],
    ["a length that is not a number", () => "durationMinutes=two-hours", 400, "VALIDATION.FAILED"],
    ["an unknown parameter", () => "colour=blue", 400, "VALIDATION.FAILED"],
  ])("refuses %s with a stable code", async (_what, query, status, code) => {
    const answer = await get(slotsPath(query()), "p-chair");
    expect(answer.status).toBe(status);
    expect(answer.body.error.code).toBe(code);
    expect(answer.body.error.message.length).toBeGreaterThan(0);
  });

  it("refuses a member who does not chair or coordinate the panel, and an unknown panel", async () => {
    const member = await get(slotsPath(""), "p-police");
    expect(member.status).toBe(403);
    expect(member.body.error.code).toBe("SCHEDULING.NOT_CHAIR_OR_COORDINATOR");
    const unknown = await get("/api/panels/panel-nope/slots", "p-chair");
    expect(unknown.status).toBe(404);
  });

  it("gives a meeting date's deadlines to anyone on the panel", async () => {
    const { status, body } = await get<{ deadlines: { kind: string; date: string }[] }>(
      "/api/panels/panel-icsmg/deadlines?meetingDate=2027-01-06",
      "p-sw",
    );
    expect(status).toBe(200);
    expect(body.deadlines.map((deadline) => [deadline.kind, deadline.date])).toEqual([
      ["referral", "2026-12-23"],
      ["agenda", "2026-12-24"],
      ["papers", "2026-12-30"],
      ["minutesDue", "2027-01-08"],
    ]);
    const bad = await get("/api/panels/panel-icsmg/deadlines?meetingDate=6/1/2027", "p-sw");
    expect(bad.status).toBe(400);
    const stranger = await get("/api/panels/panel-icsmg/deadlines?meetingDate=2027-01-06", "p-housing");
    expect(stranger.status).toBe(404);
  });

  it("schedules the best slot: 201 with a Teams meeting in the chair's calendar; a double click answers 200, same meeting", async () => {
    const from = workingDayFrom(21);
    const slots = await get<SlotSuggestions>(
      slotsPath(`from=${from}&to=${addCalendarDays(from, 6)}`),
      "p-chair",
    );
    const best = slots.body.slots[0]!;
    const request = { panelId: "panel-icsmg", idempotencyKey: "api-schedule-0001", startsAt: best.startsAt };

    const created = await post<MeetingBody>("/api/meetings", "p-chair", request);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      meeting: { state: "planned", startsAt: best.startsAt },
      replayed: false,
      overridden: [],
    });
    const eventId = created.body.meeting.calendarEventId!;
    const event = await api.service().graph!.calendar.getMeeting(chairMailbox, eventId);
    expect(event.ok && event.value).toMatchObject({
      start: best.startsAt,
      joinUrl: created.body.meeting.joinUrl,
    });
    expect(event.ok && event.value?.attendees.map((attendee) => attendee.email)).toContain(
      "sam.patel@partner.example",
    );

    const again = await post<MeetingBody>("/api/meetings", "p-chair", request);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      replayed: true,
      meeting: { id: created.body.meeting.id, calendarEventId: eventId },
    });

    const changed = await post("/api/meetings", "p-chair", { ...request, startsAt: best.endsAt });
    expect(changed.status).toBe(422);
    expect(changed.body.error.code).toBe("IDEMPOTENCY.KEY_REUSED");
  });

  it("needs a reason for a slot whose deadlines have passed, within its length limit", async () => {
    const soon = `${workingDayFrom(1)}T10:00:00Z`;
    const request = { panelId: "panel-icsmg", idempotencyKey: "api-schedule-0002", startsAt: soon };
    const refused = await post("/api/meetings", "p-chair", request);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("SCHEDULING.OVERRIDE_REASON_REQUIRED");
    expect(refused.body.error.message).toContain("has passed");
    const tooLong = await post("/api/meetings", "p-chair", { ...request, overrideReason: "x".repeat(501) });
    expect(tooLong.status).toBe(400);
    const accepted = await post<MeetingBody>("/api/meetings", "p-chair", {
      ...request,
      overrideReason: "Urgent case review",
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body.overridden.some((text) => text.includes("has passed"))).toBe(true);
  });

  it("refuses a meeting from someone who does not chair the panel, and bad bodies", async () => {
    const startsAt = `${workingDayFrom(21)}T10:00:00Z`;
    const member = await post("/api/meetings", "p-police", {
      panelId: "panel-icsmg",
      idempotencyKey: "api-schedule-0003",
      startsAt,
    });
    expect(member.status).toBe(403);
    const noKey = await post("/api/meetings", "p-chair", { panelId: "panel-icsmg", startsAt });
    expect(noKey.status).toBe(400);
    const notATime = await post("/api/meetings", "p-chair", {
      panelId: "panel-icsmg",
      idempotencyKey: "api-schedule-0004",
      startsAt: "next Tuesday",
    });
    expect(notATime.status).toBe(400);
  });

  it("links the event the chair saved in Outlook and makes it a Teams meeting", async () => {
    const startsAt = `${workingDayFrom(28)}T11:00:00.000Z`;
    const pending = await post<MeetingBody>("/api/meetings", "p-chair", {
      panelId: "panel-icsmg",
      idempotencyKey: "api-outlook-0001",
      startsAt,
      eventBy: "outlook",
      overrideReason: "Chosen in Outlook",
    });
    expect(pending.status).toBe(201);
    expect(pending.body.meeting).toMatchObject({ state: "pending", calendarEventId: null });

    // What Outlook does on Send: an event in the chair's calendar, not yet a Teams meeting.
    const saved = await api.service().graph!.calendar.createMeeting({
      organiser: chairMailbox,
      subject: "ICSMG",
      bodyText: "Agenda in Convenor",
      start: startsAt,
      end: new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString(),
      attendees: [],
      onlineMeeting: false,
      transactionId: "outlook-client-1",
    });
    const eventId = saved.ok ? saved.value.eventId : "";
    const path = `/api/meetings/${pending.body.meeting.id}/event`;

    const unknown = await post(path, "p-chair", { eventId: "AAMkAGI2-not-there" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe("SCHEDULING.EVENT_NOT_FOUND");
    const linked = await post<MeetingBody>(path, "p-chair", { eventId });
    expect(linked.status).toBe(200);
    expect(linked.body.meeting).toMatchObject({ state: "planned", calendarEventId: eventId });
    expect(linked.body.meeting.joinUrl).toMatch(/meetup-join/);

    const strange = await post("/api/meetings/meeting-nope/event", "p-chair", { eventId });
    expect(strange.status).toBe(404);
    const tooLong = await post(path, "p-chair", { eventId: "A".repeat(600) });
    expect(tooLong.status).toBe(400);
  });

  it("changes the panel's scheduling settings for its chair only", async () => {
    const path = "/api/panels/panel-lcjst/scheduling-settings";
    const changed = await api.call<{ requiredAgencies: string[] } & ErrorBody>("PUT", path, "p-chair", {
      quorumAgencies: 2,
      requiredAgencies: ["education"],
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      panelId: "panel-lcjst",
      quorumAgencies: 2,
      requiredAgencies: ["education"],
    });
    const member = await api.call<ErrorBody>("PUT", path, "p-teacher", { quorumAgencies: 1 });
    expect(member.status).toBe(403);
    const empty = await api.call<ErrorBody>("PUT", path, "p-chair", {});
    expect(empty.status).toBe(400);
    const unknownAgency = await api.call<ErrorBody>("PUT", path, "p-chair", {
      requiredAgencies: ["wizards"],
    });
    expect(unknownAgency.status).toBe(400);
  });
});

describe("the scheduling API without Microsoft 365", () => {
  const api = useLocalApiService("convenor-scheduling-nocal-");

  it("answers that calendars are not connected", async () => {
    const answer = await api.call<ErrorBody>("GET", "/api/panels/panel-icsmg/slots", "p-chair");
    expect(answer.status).toBe(503);
    expect(answer.body.error.code).toBe("SCHEDULING.CALENDAR_NOT_CONFIGURED");
  });
});
