import { describe, expect, it } from "vitest";
import type { Nation, PanelSettings } from "../model/panel.js";
import type { Agency } from "../model/people.js";
import { presetSettings } from "../presets/panel-presets.js";
import { FakeCalendar } from "../testing/fake-calendar.js";
import { rankSlots, type RankingMember } from "./slot-ranking.js";
import { zoneTimeToUtcMs } from "./zone-time.js";

const members: { id: string; agency: Agency; organisation: "internal" | "external" }[] = [
  { id: "chair", agency: "social-work", organisation: "internal" },
  { id: "teacher", agency: "education", organisation: "internal" },
  { id: "nurse", agency: "health", organisation: "external" },
  { id: "police", agency: "police", organisation: "internal" },
];
const email = (id: string) => `${id}@example.test`;

async function rank(options: {
  from: string;
  to: string;
  now?: string;
  settings?: Partial<PanelSettings>;
  calendar?: (calendar: FakeCalendar) => void;
  closureDays?: string[];
  limit?: number;
  durationMinutes?: number;
}) {
  const calendar = new FakeCalendar().hideCalendar(email("nurse"));
  options.calendar?.(calendar);
  const start = new Date(zoneTimeToUtcMs(options.from, 0)).toISOString();
  const [y, m, d] = options.to.split("-").map(Number) as [number, number, number];
  const dayAfter = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  const end = new Date(zoneTimeToUtcMs(dayAfter, 0)).toISOString();
  const freeBusy = await calendar.freeBusy({
    asUser: email("chair"),
    people: members.map((member) => email(member.id)),
    start,
    end,
    intervalMinutes: 30,
  });
  if (!freeBusy.ok) throw new Error(freeBusy.error.message);
  const now = new Date(options.now ?? `${options.from}T00:00:00Z`);
  return rankSlots({
    panel: { preset: "icsmg", settings: presetSettings("icsmg", options.settings) },
    members: members.map((member, index): RankingMember => ({
      personId: member.id,
      email: email(member.id),
      displayName: member.id,
      agency: member.agency,
      organisation: member.organisation,
      availability: freeBusy.value.people[index] ?? null,
    })),
    freeBusyStart: freeBusy.value.start,
    intervalMinutes: 30,
    from: options.from,
    to: options.to,
    durationMinutes: options.durationMinutes ?? 120,
    now,
    today: now.toISOString().slice(0, 10),
    ...(options.closureDays ? { closureDays: new Set(options.closureDays) } : {}),
    limit: options.limit ?? 200,
  });
}

const datesOf = (slots: { date: string }[]) => [...new Set(slots.map((slot) => slot.date))].sort();

describe("candidate days: working days of the panel's nation only", () => {
  const christmas = (nation: Nation) =>
    rank({ from: "2026-12-21", to: "2027-01-08", now: "2026-12-01T00:00:00Z", settings: { nation } });

  it("in Scotland, never over Christmas and New Year, nor the 2 January substitute (Mon 4 January 2027)", async () => {
    const { slots } = await christmas("scotland");
    expect(datesOf(slots)).toEqual([
      "2026-12-21",
      "2026-12-22",
      "2026-12-23",
      "2026-12-24",
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-05",
      "2027-01-06",
      "2027-01-07",
      "2027-01-08",
    ]);
  });

  it("in England and Wales, Mon 4 January 2027 is a working day", async () => {
    const { slots } = await christmas("england-wales");
    expect(datesOf(slots)).toContain("2027-01-04");
    expect(datesOf(slots)).not.toContain("2026-12-25");
    expect(datesOf(slots)).not.toContain("2026-12-28");
    expect(datesOf(slots)).not.toContain("2027-01-01");
  });

  it("offers starts from 09:00 to 15:00 UK time for a two-hour meeting, in GMT and in BST", async () => {
    const winter = await rank({ from: "2026-11-10", to: "2026-11-10", now: "2026-11-01T00:00:00Z" });
    expect(winter.candidates).toBe(13);
    expect(winter.slots.map((slot) => slot.startsAt).sort()[0]).toBe("2026-11-10T09:00:00.000Z");
    const summer = await rank({ from: "2026-06-09", to: "2026-06-09", now: "2026-06-01T00:00:00Z" });
    const starts = summer.slots.map((slot) => slot.startsAt).sort();
    expect(starts[0]).toBe("2026-06-09T08:00:00.000Z");
    expect(starts.at(-1)).toBe("2026-06-09T14:00:00.000Z");
  });

  it("never offers a start that has already passed today", async () => {
    const { slots } = await rank({ from: "2026-11-10", to: "2026-11-10", now: "2026-11-10T12:15:00Z" });
    expect(slots.every((slot) => slot.startsAt > "2026-11-10T12:15:00.000Z")).toBe(true);
    expect(slots.map((slot) => slot.startsAt.slice(11, 16)).sort()).toEqual([
      "12:30",
      "13:00",
      "13:30",
      "14:00",
      "14:30",
      "15:00",
    ]);
  });
});

describe("members' status in a slot", () => {
  it("shows another organisation's member as unknown, and never counts them as free", async () => {
    const { members: shown, slots } = await rank({ from: "2026-11-10", to: "2026-11-10" });
    const nurse = shown.findIndex((member) => member.personId === "nurse");
    expect(shown[nurse]).toMatchObject({ organisation: "external", calendar: "unknown" });
    for (const slot of slots) {
      expect(slot.statuses[nurse]).toBe("unknown");
      expect(slot.freeCount).toBe(3);
      expect(slot.agenciesAvailable).not.toContain("health");
    }
  });

  it("takes the most restrictive status over the meeting: away, busy, tentative", async () => {
    const { members: shown, slots } = await rank({
      from: "2026-11-10",
      to: "2026-11-10",
      calendar: (calendar) =>
        calendar
          .setBusy(email("teacher"), "2026-11-10T09:30:00Z", "2026-11-10T10:00:00Z", "tentative")
          .setBusy(email("teacher"), "2026-11-10T10:30:00Z", "2026-11-10T11:00:00Z")
          .setBusy(email("police"), "2026-11-10T00:00:00Z", "2026-11-11T00:00:00Z", "oof"),
    });
    const teacher = shown.findIndex((member) => member.personId === "teacher");
    const police = shown.findIndex((member) => member.personId === "police");
    const at = (start: string) => slots.find((slot) => slot.startsAt === start);
    expect(at("2026-11-10T09:00:00.000Z")?.statuses[teacher]).toBe("busy");
    expect(at("2026-11-10T11:00:00.000Z")?.statuses[teacher]).toBe("free");
    expect(at("2026-11-10T11:00:00.000Z")?.statuses[police]).toBe("away");
  });
});

describe("ranking", () => {
  it("puts slots with a quorum of agencies first, and says why", async () => {
    const { slots } = await rank({
      from: "2026-11-10",
      to: "2026-11-11",
      // Police busy all Tuesday: social work and education alone are no quorum of three (health is unknown).
      calendar: (calendar) =>
        calendar.setBusy(email("police"), "2026-11-10T00:00:00Z", "2026-11-11T00:00:00Z"),
    });
    const withQuorum = slots.filter((slot) => slot.quorumMet);
    expect(withQuorum.every((slot) => slot.date === "2026-11-11")).toBe(true);
    expect(slots[0]).toMatchObject({ rank: 1, date: "2026-11-11", quorumMet: true });
    expect(slots[0]?.reasons).toContain("Quorum: 3 agencies can attend (3 needed)");
    const tuesday = slots.find((slot) => slot.date === "2026-11-10");
    expect(tuesday?.quorumMet).toBe(false);
    expect(tuesday?.reasons).toContain("No quorum: 2 of 3 agencies can attend");
    expect(slots.indexOf(tuesday!)).toBeGreaterThan(slots.indexOf(withQuorum.at(-1)!));
  });

  it("puts slots where a required agency cannot attend after those where it can", async () => {
    const { slots } = await rank({
      from: "2026-11-10",
      to: "2026-11-10",
      settings: { quorumAgencies: 2, requiredAgencies: ["education"] },
      calendar: (calendar) =>
        calendar.setBusy(email("teacher"), "2026-11-10T09:00:00Z", "2026-11-10T12:00:00Z"),
    });
    const missing = slots.filter((slot) => slot.requiredAgenciesMissing.length > 0);
    expect(missing.length).toBeGreaterThan(0);
    expect(
      slots.slice(0, slots.length - missing.length).every((s) => s.requiredAgenciesMissing.length === 0),
    ).toBe(true);
    expect(missing[0]?.reasons).toContain("Required: Education cannot attend");
    expect(slots[0]?.reasons).toContain("Required: Education can attend");
  });

  it("puts dates whose deadlines have passed after those still reachable, naming the missed deadline", async () => {
    // ICSMG: Child's Plan 6 working days before. From Mon 2 November, a meeting on Tue 3 November is too soon.
    const { slots } = await rank({ from: "2026-11-03", to: "2026-11-13", now: "2026-11-02T08:00:00Z" });
    const reachable = slots.filter((slot) => slot.deadlinesReachable);
    expect(datesOf(reachable)).toEqual(["2026-11-10", "2026-11-11", "2026-11-12", "2026-11-13"]);
    expect(slots.slice(0, reachable.length)).toEqual(reachable);
    const tooSoon = slots.find((slot) => slot.date === "2026-11-03");
    expect(tooSoon?.reasons.some((reason) => reason.startsWith("Passed: Child's Plan due 2026-10-26"))).toBe(
      true,
    );
    expect(tooSoon?.deadlines.map((deadline) => [deadline.kind, deadline.reachable])).toEqual([
      ["referral", false],
      ["agenda", false],
      ["papers", false],
      ["minutesDue", true],
    ]);
    expect(slots[0]?.reasons).toContain("Every deadline can still be met");
  });

  it("puts slots outside members' working hours and on closure days later", async () => {
    const hours = {
      daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
      timeZone: "GMT Standard Time",
    };
    const { slots } = await rank({
      from: "2026-11-10",
      to: "2026-11-11",
      closureDays: ["2026-11-11"],
      calendar: (calendar) =>
        calendar.setWorkingHours(email("teacher"), { ...hours, startTime: "08:30:00", endTime: "15:30:00" }),
    });
    expect(slots[0]).toMatchObject({ date: "2026-11-10", outsideWorkingHours: 0, closureDay: false });
    const late = slots.find((slot) => slot.startsAt === "2026-11-10T14:00:00.000Z");
    expect(late?.outsideWorkingHours).toBe(1);
    expect(late?.reasons).toContain("1 free member outside their working hours");
    const closed = slots.find((slot) => slot.date === "2026-11-11");
    expect(closed?.closureDay).toBe(true);
    expect(closed?.reasons).toContain("Closure day");
    expect(slots.indexOf(closed!)).toBeGreaterThan(
      slots.indexOf(slots.find((s) => s.date === "2026-11-10" && s.outsideWorkingHours === 0)!),
    );
  });

  it("offers at most three starts a day while other days have slots, best first", async () => {
    const { slots } = await rank({ from: "2026-11-09", to: "2026-11-20", limit: 10 });
    expect(slots).toHaveLength(10);
    const perDay = new Map<string, number>();
    for (const slot of slots) perDay.set(slot.date, (perDay.get(slot.date) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(3);
    expect(slots.map((slot) => slot.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
