import { describe, expect, it } from "vitest";
import type { Actor } from "../model/actor.js";
import { aPerson } from "../testing/builders.js";
import { FixedClock, sequentialIds } from "../testing/fixed-clock.js";
import { InMemoryStore } from "../testing/in-memory-store.js";
import { closureDayLimits } from "./closure-day-rules.js";
import { listClosureDays } from "./list-closure-days.js";
import { setClosureDays } from "./set-closure-days.js";

function aDeployment() {
  const administrator = aPerson({ id: "admin", administrator: true });
  const chair = aPerson({ id: "chair" });
  const store = new InMemoryStore({ people: [administrator, chair] });
  const clock = new FixedClock("2026-11-29T10:00:00.000Z");
  const actor = (personId: string): Actor => ({
    personId,
    channel: "api",
    origin: "203.0.113.7",
    correlationId: "c-1",
  });
  return { store, deps: { store, clock, newId: sequentialIds() }, actor };
}

const christmas2026 = [
  { date: "2026-12-31", reason: "Council closure" },
  { date: "2026-12-29", reason: "  Council closure  " },
  { date: "2026-12-30", reason: "Council closure" },
];

describe("setting the organisation's closure days", () => {
  it("lets an administrator set a year's days, which everyone then sees in date order, and audits it", async () => {
    const d = aDeployment();
    const set = await setClosureDays(d.deps, d.actor("admin"), { year: 2026, days: christmas2026 });
    const expected = {
      year: 2026,
      days: [
        { date: "2026-12-29", reason: "Council closure" },
        { date: "2026-12-30", reason: "Council closure" },
        { date: "2026-12-31", reason: "Council closure" },
      ],
    };
    expect(set).toEqual({ ok: true, value: expected });
    expect(await listClosureDays(d.deps, d.actor("chair"), { year: 2026 })).toEqual({
      ok: true,
      value: expected,
    });
    expect(d.store.contents().audit).toEqual([
      {
        id: "id-1",
        at: "2026-11-29T10:00:00.000Z",
        actorId: "admin",
        action: "closure-days.set",
        subjectType: "closure-days",
        subjectId: "2026",
        childId: null,
        channel: "api",
        origin: "203.0.113.7",
        correlationId: "c-1",
      },
    ]);
  });

  it("replaces the year's list: a second call with fewer days removes the others, an empty list clears it", async () => {
    const d = aDeployment();
    await setClosureDays(d.deps, d.actor("admin"), { year: 2026, days: christmas2026 });
    await setClosureDays(d.deps, d.actor("admin"), {
      year: 2027,
      days: [{ date: "2027-12-29", reason: "Closure" }],
    });
    await setClosureDays(d.deps, d.actor("admin"), {
      year: 2026,
      days: [{ date: "2026-12-24", reason: "Closure" }],
    });
    expect(d.store.contents().closureDays.map((day) => day.date)).toEqual(["2026-12-24", "2027-12-29"]);
    await setClosureDays(d.deps, d.actor("admin"), { year: 2026, days: [] });
    expect(d.store.contents().closureDays.map((day) => day.date)).toEqual(["2027-12-29"]);
  });

  it("refuses anyone who is not an administrator, and a person Convenor does not know, changing nothing", async () => {
    const d = aDeployment();
    for (const personId of ["chair", "stranger"]) {
      const refused = await setClosureDays(d.deps, d.actor(personId), { year: 2026, days: christmas2026 });
      expect(refused).toMatchObject({ ok: false, error: { code: "AUTH.FORBIDDEN" } });
    }
    expect(d.store.contents().closureDays).toEqual([]);
    expect(d.store.contents().audit).toEqual([]);
  });

  it("takes years from last year to five years ahead", async () => {
    const d = aDeployment();
    for (const year of [2024, 2032, 2026.5]) {
      const refused = await setClosureDays(d.deps, d.actor("admin"), { year, days: [] });
      expect(refused).toMatchObject({
        ok: false,
        error: {
          code: "VALIDATION.FAILED",
          fields: [{ field: "year", message: "A year from 2025 to 2031." }],
        },
      });
    }
    expect(await setClosureDays(d.deps, d.actor("admin"), { year: 2025, days: [] })).toMatchObject({
      ok: true,
    });
    expect(await setClosureDays(d.deps, d.actor("admin"), { year: 2031, days: [] })).toMatchObject({
      ok: true,
    });
  });

  it("names each day at fault and writes none of them", async () => {
    const d = aDeployment();
    const refused = await setClosureDays(d.deps, d.actor("admin"), {
      year: 2026,
      days: [
        { date: "2026-12-29", reason: "Council closure" },
        { date: "2026-02-30", reason: "Council closure" },
        { date: "29/12/2026", reason: "Council closure" },
        { date: "2027-01-04", reason: "Council closure" },
        { date: "2026-12-29", reason: "Again" },
        { date: "2026-12-30", reason: "   " },
        { date: "2026-12-31", reason: "x".repeat(closureDayLimits.reasonMaxLength + 1) },
        { date: "2026-12-24", reason: "Closure\u0000" },
      ],
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.fields).toEqual([
      {
        field: "days.1.date",
        code: "VALIDATION.FAILED",
        message: '"2026-02-30" is not a date written YYYY-MM-DD.',
      },
      {
        field: "days.2.date",
        code: "VALIDATION.FAILED",
        message: '"29/12/2026" is not a date written YYYY-MM-DD.',
      },
      { field: "days.3.date", code: "VALIDATION.FAILED", message: "2027-01-04 is not in 2026." },
      { field: "days.4.date", code: "VALIDATION.FAILED", message: "2026-12-29 is listed twice." },
      { field: "days.5.reason", code: "VALIDATION.FAILED", message: "Give a reason, e.g. Council closure." },
      {
        field: "days.6.reason",
        code: "VALIDATION.TOO_LONG",
        message: "A reason has at most 100 characters.",
      },
      {
        field: "days.7.reason",
        code: "VALIDATION.FAILED",
        message: "The reason contains a control character: type it again.",
      },
    ]);
    expect(d.store.contents().closureDays).toEqual([]);
    expect(d.store.contents().audit).toEqual([]);
  });

  it("takes at most 60 days in a year", async () => {
    const d = aDeployment();
    const days = Array.from({ length: 61 }, (_, i) => ({
      date: `2027-${String(Math.floor(i / 28) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      reason: "Closure",
    }));
    expect(await setClosureDays(d.deps, d.actor("admin"), { year: 2027, days })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION.FAILED", message: "At most 60 closure days a year." },
    });
    expect(
      await setClosureDays(d.deps, d.actor("admin"), { year: 2027, days: days.slice(0, 60) }),
    ).toMatchObject({
      ok: true,
    });
  });
});

describe("listing the organisation's closure days", () => {
  it("gives one year's days only, and an empty list for a year with none", async () => {
    const d = aDeployment();
    await setClosureDays(d.deps, d.actor("admin"), { year: 2026, days: christmas2026 });
    await setClosureDays(d.deps, d.actor("admin"), {
      year: 2027,
      days: [{ date: "2027-01-04", reason: "Closure" }],
    });
    const listed = await listClosureDays(d.deps, d.actor("chair"), { year: 2027 });
    expect(listed).toEqual({
      ok: true,
      value: { year: 2027, days: [{ date: "2027-01-04", reason: "Closure" }] },
    });
    expect(await listClosureDays(d.deps, d.actor("chair"), { year: 2030 })).toEqual({
      ok: true,
      value: { year: 2030, days: [] },
    });
  });

  it("refuses a person Convenor does not know and a year out of range", async () => {
    const d = aDeployment();
    expect(await listClosureDays(d.deps, d.actor("stranger"), { year: 2026 })).toMatchObject({
      ok: false,
      error: { code: "AUTH.FORBIDDEN" },
    });
    expect(await listClosureDays(d.deps, d.actor("chair"), { year: 1999 })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION.FAILED" },
    });
  });
});
