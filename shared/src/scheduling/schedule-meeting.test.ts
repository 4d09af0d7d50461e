import { describe, expect, it } from "vitest";
import { aSchedulingScenario, type SchedulingScenario } from "../testing/scheduling-scenario.js";
import { scheduleMeeting, type ScheduleMeetingInput } from "./schedule-meeting.js";

const request = (
  s: SchedulingScenario,
  overrides: Partial<ScheduleMeetingInput> = {},
): ScheduleMeetingInput => ({
  panelId: s.panel.id,
  idempotencyKey: "schedule-0001",
  startsAt: "2026-11-17T10:00:00Z",
  eventBy: "convenor",
  appUrl: "https://convenor.example",
  ...overrides,
});

const meetings = (s: SchedulingScenario) => [...s.store.contents().meetings.values()];
const audit = (s: SchedulingScenario) => s.store.contents().audit.map((entry) => entry.action);

describe("scheduleMeeting", () => {
  it("records the meeting, makes one Teams event with the members and the agenda link, and marks it planned", async () => {
    const s = aSchedulingScenario("icsmg");
    const result = await scheduleMeeting(s.deps, s.actor(s.people.chair), request(s));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { meeting } = result.value;
    expect(result.value.replayed).toBe(false);
    expect(meeting).toMatchObject({
      panelId: s.panel.id,
      startsAt: "2026-11-17T10:00:00.000Z",
      endsAt: "2026-11-17T12:00:00.000Z",
      state: "planned",
      calendarEventId: "event-1",
      joinUrl: "https://teams.example/join/event-1",
    });
    expect(result.value.deadlines.map((deadline) => [deadline.label, deadline.date])).toEqual([
      ["Child's Plan due", "2026-11-09"],
      ["Agenda out", "2026-11-10"],
      ["Papers out", "2026-11-12"],
    ]);
    const [invitation] = s.calendar.calls
      .filter((call) => call.operation === "createMeeting")
      .map((c) => c.args[0]);
    expect(invitation).toMatchObject({
      organiser: "chair@council.example",
      onlineMeeting: true,
      transactionId: meeting.id,
      attendees: [
        { email: "coordinator@council.example", type: "required" },
        { email: "teacher@council.example", type: "required" },
        { email: "nurse@nhs.example", type: "required" },
        { email: "police@council.example", type: "required" },
      ],
    });
    expect((invitation as { bodyText: string }).bodyText).toContain(
      `https://convenor.example/tab/#/meetings/${meeting.id}`,
    );
    expect(meetings(s)).toEqual([
      expect.objectContaining({ id: meeting.id, organiser: "chair@council.example" }),
    ]);
    expect(audit(s)).toEqual(["meeting.schedule-requested", "meeting.scheduled"]);
  });

  it("answers the same meeting to a repeated request (a double click) and never makes a second event", async () => {
    const s = aSchedulingScenario("icsmg");
    const first = await scheduleMeeting(s.deps, s.actor(s.people.chair), request(s));
    const [again, concurrent] = await Promise.all([
      scheduleMeeting(s.deps, s.actor(s.people.chair), request(s)),
      scheduleMeeting(s.deps, s.actor(s.people.chair), request(s)),
    ]);
    expect(again.ok && again.value).toMatchObject({
      replayed: true,
      meeting: first.ok ? first.value.meeting : {},
    });
    expect(concurrent.ok && concurrent.value.replayed).toBe(true);
    expect(meetings(s)).toHaveLength(1);
    expect(s.calendar.events.size).toBe(1);
  });

  it("refuses the same key with a different slot", async () => {
    const s = aSchedulingScenario("icsmg");
    await scheduleMeeting(s.deps, s.actor(s.people.chair), request(s));
    const other = await scheduleMeeting(
      s.deps,
      s.actor(s.people.chair),
      request(s, { startsAt: "2026-11-18T10:00:00Z" }),
    );
    expect(other.ok ? null : other.error.code).toBe("IDEMPOTENCY.KEY_REUSED");
    expect(meetings(s)).toHaveLength(1);
  });

  it.each(["GRAPH.THROTTLED", "GRAPH.UNAVAILABLE"] as const)(
    "on %s keeps the pending meeting; the same request again makes exactly one event",
    async (code) => {
      const s = aSchedulingScenario("icsmg");
      s.calendar.failNext("createMeeting", code);
      const failed = await scheduleMeeting(s.deps, s.actor(s.people.chair), request(s));
      expect(failed.ok ? null : failed.error).toMatchObject({
        code,
        message: expect.stringContaining("Send the same request again") as unknown,
      });
      expect(meetings(s)).toEqual([expect.objectContaining({ state: "pending", calendarEventId: null })]);
      expect(s.calendar.events.size).toBe(0);

      const retried = await scheduleMeeting(s.deps, s.actor(s.people.chair), request(s));
      expect(retried.ok && retried.value.meeting).toMatchObject({
        state: "planned",
        calendarEventId: "event-1",
      });
      expect(meetings(s)).toHaveLength(1);
      expect(s.calendar.events.size).toBe(1);
    },
  );

  it("needs the chair's reason for a slot whose deadlines have passed, and audits it", async () => {
    const s = aSchedulingScenario("icsmg");
    const soon = request(s, { startsAt: "2026-11-04T10:00:00Z" });
    const refused = await scheduleMeeting(s.deps, s.actor(s.people.chair), soon);
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: "SCHEDULING.OVERRIDE_REASON_REQUIRED",
      message: expect.stringContaining("Child's Plan due (2026-10-27) has passed") as unknown,
    });
    expect(meetings(s)).toHaveLength(0);
    expect(s.calendar.events.size).toBe(0);

    const reason = "Urgent review agreed with the service manager";
    const accepted = await scheduleMeeting(s.deps, s.actor(s.people.chair), {
      ...soon,
      idempotencyKey: "schedule-0002",
      overrideReason: reason,
    });
    expect(accepted.ok && accepted.value.overridden).toEqual([
      "Child's Plan due (2026-10-27) has passed",
      "Agenda out (2026-10-28) has passed",
      "Papers out (2026-10-30) has passed",
    ]);
    const requested = s.store.contents().audit.find((entry) => entry.action === "meeting.schedule-requested");
    expect(requested?.detail).toMatchObject({ reason, overridden: expect.any(Array) as unknown });
  });

  it("needs a reason when the quorum or a required agency cannot attend", async () => {
    const s = aSchedulingScenario("icsmg", { requiredAgencies: ["police"] });
    s.calendar.setBusy(s.people.police.email, "2026-11-17T09:00:00Z", "2026-11-17T13:00:00Z");
    const refused = await scheduleMeeting(s.deps, s.actor(s.people.chair), request(s));
    expect(refused.ok ? null : refused.error.message).toBe(
      "This slot needs a reason to be chosen: No quorum: 2 of 3 agencies can attend; Required: Police cannot attend.",
    );
  });

  it("needs a reason for a meeting on one of the organisation's closure days", async () => {
    const s = aSchedulingScenario("icsmg");
    await s.deps.store.transaction((tx) =>
      tx.closureDays.replaceYear(2026, [{ date: "2026-11-17", reason: "Staff training day" }]),
    );
    const refused = await scheduleMeeting(s.deps, s.actor(s.people.chair), request(s));
    expect(refused.ok ? null : refused.error.message).toBe(
      "This slot needs a reason to be chosen: 2026-11-17 is one of the organisation's closure days.",
    );
    expect(meetings(s)).toHaveLength(0);
  });

  it("refuses a time that has passed, a panel the person does not chair, and a service without calendars", async () => {
    const s = aSchedulingScenario("icsmg");
    const past = await scheduleMeeting(
      s.deps,
      s.actor(s.people.chair),
      request(s, { startsAt: "2026-11-01T10:00:00Z" }),
    );
    expect(past.ok ? null : past.error.code).toBe("SCHEDULING.MEETING_IN_PAST");
    const member = await scheduleMeeting(s.deps, s.actor(s.people.teacher), request(s));
    expect(member.ok ? null : member.error.code).toBe("SCHEDULING.NOT_CHAIR_OR_COORDINATOR");
    const { calendar: _calendar, ...withoutCalendar } = s.deps;
    const none = await scheduleMeeting(withoutCalendar, s.actor(s.people.chair), request(s));
    expect(none.ok ? null : none.error.code).toBe("SCHEDULING.CALENDAR_NOT_CONFIGURED");
    expect(meetings(s)).toHaveLength(0);
  });

  it("leaves the meeting pending, with no event, when the chair makes the event in Outlook", async () => {
    const s = aSchedulingScenario("icsmg");
    const result = await scheduleMeeting(s.deps, s.actor(s.people.chair), request(s, { eventBy: "outlook" }));
    expect(result.ok && result.value.meeting).toMatchObject({ state: "pending", calendarEventId: null });
    expect(s.calendar.count("createMeeting")).toBe(0);
  });
});
