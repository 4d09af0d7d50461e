import { describe, expect, it } from "vitest";
import { aSchedulingScenario } from "../testing/scheduling-scenario.js";
import { getMeetingDeadlines } from "./get-meeting-deadlines.js";

describe("getMeetingDeadlines", () => {
  it("gives every deadline of an ICSMG meeting on a date, in Scotland's working days, with whether it is still to come", async () => {
    const s = aSchedulingScenario("icsmg", { minutesDue: { amount: 2, unit: "working-days" } });
    const result = await getMeetingDeadlines(s.deps, s.actor(s.people.teacher), {
      panelId: s.panel.id,
      meetingDate: "2027-01-06",
    });
    expect(result.ok && result.value).toEqual({
      panelId: s.panel.id,
      meetingDate: "2027-01-06",
      deadlines: [
        { kind: "referral", label: "Child's Plan due", date: "2026-12-23", reachable: true },
        { kind: "agenda", label: "Agenda out", date: "2026-12-24", reachable: true },
        { kind: "papers", label: "Papers out", date: "2026-12-30", reachable: true },
        { kind: "minutesDue", label: "Note of the meeting due", date: "2027-01-08", reachable: true },
      ],
    });
  });

  it("skips the organisation's closure days, as it skips bank holidays", async () => {
    const s = aSchedulingScenario("icsmg", { minutesDue: { amount: 2, unit: "working-days" } });
    await s.deps.store.transaction((tx) =>
      tx.closureDays.replaceYear(2026, [
        { date: "2026-12-29", reason: "Council closure" },
        { date: "2026-12-30", reason: "Council closure" },
        { date: "2026-12-31", reason: "Council closure" },
      ]),
    );
    const result = await getMeetingDeadlines(s.deps, s.actor(s.people.teacher), {
      panelId: s.panel.id,
      meetingDate: "2027-01-06",
    });
    // Counting back from Wednesday 6 January past 4 and 1 January, the three closure days, 28 and 25 December:
    // without the closure papers are out by 30 December, the agenda by 24, the Child's Plan due on 23.
    expect(result.ok && result.value.deadlines.map((d) => [d.kind, d.date])).toEqual([
      ["referral", "2026-12-18"],
      ["agenda", "2026-12-21"],
      ["papers", "2026-12-23"],
      ["minutesDue", "2027-01-08"],
    ]);
  });

  it("counts England and Wales working days for a panel there, and marks passed deadlines", async () => {
    const s = aSchedulingScenario("icsmg", { nation: "england-wales" });
    const result = await getMeetingDeadlines(s.deps, s.actor(s.people.chair), {
      panelId: s.panel.id,
      meetingDate: "2026-11-04",
    });
    expect(result.ok && result.value.deadlines.map((d) => [d.kind, d.date, d.reachable])).toEqual([
      ["referral", "2026-10-27", false],
      ["agenda", "2026-10-28", false],
      ["papers", "2026-10-30", false],
    ]);
  });

  it("is for people on the panel only", async () => {
    const s = aSchedulingScenario("icsmg");
    const result = await getMeetingDeadlines(s.deps, s.actor(s.people.outsider), {
      panelId: s.panel.id,
      meetingDate: "2027-01-06",
    });
    expect(result.ok ? null : result.error.code).toBe("NOT_FOUND");
  });
});
