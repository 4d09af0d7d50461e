import { describe, expect, it } from "vitest";
import { aSchedulingScenario } from "../testing/scheduling-scenario.js";
import { suggestMeetingSlots } from "./suggest-meeting-slots.js";

describe("suggestMeetingSlots", () => {
  it("ranks slots over the next eight weeks for the panel's meeting length, from one free/busy query", async () => {
    const s = aSchedulingScenario("icsmg");
    const result = await suggestMeetingSlots(s.deps, s.actor(s.people.chair), { panelId: s.panel.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      from: "2026-11-02",
      to: "2026-12-27",
      durationMinutes: 120,
      quorumAgencies: 3,
      requiredAgencies: [],
    });
    expect(result.value.members.map((member) => [member.personId, member.calendar])).toEqual([
      ["chair", "visible"],
      ["coordinator", "visible"],
      ["teacher", "visible"],
      ["nurse", "unknown"],
      ["police", "visible"],
    ]);
    expect(result.value.slots).toHaveLength(25);
    expect(s.calendar.count("freeBusy")).toBe(1);
    const [query] = s.calendar.calls.map((call) => call.args[0]) as {
      start: string;
      end: string;
      asUser: string;
    }[];
    expect(query).toMatchObject({
      asUser: "chair@council.example",
      start: "2026-11-02T00:00:00.000Z",
      end: "2026-12-28T00:00:00.000Z",
    });
  });

  it("takes a window and a length; a coordinator may ask too", async () => {
    const s = aSchedulingScenario("isg");
    const result = await suggestMeetingSlots(s.deps, s.actor(s.people.coordinator), {
      panelId: s.panel.id,
      from: "2026-11-16",
      to: "2026-11-20",
      durationMinutes: 90,
      limit: 5,
    });
    expect(result.ok && result.value.slots.map((slot) => slot.date)).toEqual(
      expect.arrayContaining(["2026-11-16"]),
    );
    expect(result.ok && result.value.slots).toHaveLength(5);
    expect(result.ok && result.value.candidates).toBe(5 * 14);
  });

  it.each([
    [{ from: "2026-10-30", to: "2026-11-20" }, "SCHEDULING.WINDOW_IN_PAST"],
    [{ from: "2026-11-20", to: "2026-11-10" }, "SCHEDULING.WINDOW_REVERSED"],
    [{ from: "2026-11-02", to: "2027-02-01" }, "SCHEDULING.WINDOW_TOO_LONG"],
  ])("refuses the window %j with %s, asking Microsoft 365 nothing", async (window, code) => {
    const s = aSchedulingScenario();
    const result = await suggestMeetingSlots(s.deps, s.actor(s.people.chair), {
      panelId: s.panel.id,
      ...window,
    });
    expect(result.ok ? null : result.error.code).toBe(code);
    expect(s.calendar.count("freeBusy")).toBe(0);
  });

  it("ranks a day the organisation is closed below every open day, and says why", async () => {
    const s = aSchedulingScenario("isg");
    await s.deps.store.transaction((tx) =>
      tx.closureDays.replaceYear(2026, [{ date: "2026-11-16", reason: "Staff training day" }]),
    );
    const result = await suggestMeetingSlots(s.deps, s.actor(s.people.chair), {
      panelId: s.panel.id,
      from: "2026-11-16",
      to: "2026-11-17",
      limit: 200,
    });
    if (!result.ok) throw new Error(result.error.message);
    const dates = result.value.slots.map((slot) => slot.date);
    expect(dates).toContain("2026-11-16");
    expect(dates.indexOf("2026-11-16")).toBeGreaterThan(dates.lastIndexOf("2026-11-17"));
    const closed = result.value.slots.find((slot) => slot.date === "2026-11-16");
    expect(closed).toMatchObject({
      closureDay: true,
      reasons: expect.arrayContaining(["Closure day"]) as unknown,
    });
  });

  it("accepts thirteen weeks", async () => {
    const s = aSchedulingScenario();
    const result = await suggestMeetingSlots(s.deps, s.actor(s.people.chair), {
      panelId: s.panel.id,
      from: "2026-11-02",
      to: "2027-01-31",
    });
    expect(result.ok).toBe(true);
  });

  it("refuses members and referrers (not the chair or a coordinator) and unknown panels", async () => {
    const s = aSchedulingScenario();
    for (const person of [s.people.teacher, s.people.referrer, s.people.outsider]) {
      const result = await suggestMeetingSlots(s.deps, s.actor(person), { panelId: s.panel.id });
      expect(result.ok ? null : result.error.code).toBe("SCHEDULING.NOT_CHAIR_OR_COORDINATOR");
    }
    const unknown = await suggestMeetingSlots(s.deps, s.actor(s.people.chair), { panelId: "panel-nope" });
    expect(unknown.ok ? null : unknown.error.code).toBe("NOT_FOUND");
  });

  it("answers a clear code when calendars are not connected, or Microsoft 365 is busy", async () => {
    const s = aSchedulingScenario();
    const { calendar: _calendar, ...withoutCalendar } = s.deps;
    const none = await suggestMeetingSlots(withoutCalendar, s.actor(s.people.chair), { panelId: s.panel.id });
    expect(none.ok ? null : none.error.code).toBe("SCHEDULING.CALENDAR_NOT_CONFIGURED");
    s.calendar.failNext("freeBusy", "GRAPH.THROTTLED");
    const busy = await suggestMeetingSlots(s.deps, s.actor(s.people.chair), { panelId: s.panel.id });
    expect(busy.ok ? null : busy.error.code).toBe("GRAPH.THROTTLED");
  });
});
