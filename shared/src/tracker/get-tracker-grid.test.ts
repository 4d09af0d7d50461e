import { describe, expect, it } from "vitest";
import { getTrackerGrid } from "./get-tracker-grid.js";
import { aTrackerScenario, anEntry, withCaseload, withEntries } from "./tracker-scenario.test-support.js";

async function scenario() {
  const s = aTrackerScenario();
  await withCaseload(s);
  await withEntries(s, [
    anEntry("amy", "2026-09", ["health"]),
    anEntry("amy", "2026-10", ["health", "youth-justice"]),
    anEntry("ben", "2026-10", ["youth-justice"]),
    anEntry("ben", "2026-11", [], { areas: { health: "amber" }, complete: false, submittedAt: null }),
    anEntry("cal", "2025-11", ["education-employment-training"], { ratedById: "sol" }),
    anEntry("cal", "2025-12", ["education-employment-training"], { ratedById: "sol" }),
  ]);
  return s;
}

describe("getTrackerGrid", () => {
  it("gives a panel member twelve months ending with the open month, every young person by name, and who is due", async () => {
    const s = await scenario();
    const grid = await getTrackerGrid(s.deps, s.actor(s.people.member), "hrp");
    if (!grid.ok) throw new Error(grid.error.message);

    expect(grid.value.months[0]).toBe("2025-12");
    expect(grid.value.months.at(-1)).toBe("2026-11");
    expect(grid.value.scope).toBe("panel");
    expect(grid.value.rows.map((row) => [row.displayName, row.worker.name, row.team])).toEqual([
      ["Cal Xavier", "Sol Worker", "Locality"],
      ["Ben Young", "Wendy Worker", "CiC Team 1"],
      ["Amy Zephyr", "Wendy Worker", "CiC Team 1"],
    ]);
    const [cal, ben, amy] = grid.value.rows;
    expect(amy!.due).toEqual([{ month: "2026-10", areas: ["health"] }]);
    // Cal's first red (Nov 2025) is before the grid, but his second (Dec 2025) is in it.
    expect(cal!.due).toEqual([{ month: "2025-12", areas: ["education-employment-training"] }]);
    expect(ben!.due).toEqual([]);
    expect(ben!.months.at(-1)).toMatchObject({
      month: "2026-11",
      complete: false,
      areas: { health: "amber", "youth-justice": null },
    });
    expect(ben!.months.at(-3)).toMatchObject({ month: "2026-09", areas: null, complete: false });
    // Ben turns 14 on 2 December 2026.
    expect(ben!.months.at(-1)!.eligible).toBe(false);
    expect(amy!.months.at(-1)!.eligible).toBe(true);
  });

  it("gives a social worker with no panel role their own young people only", async () => {
    const s = await scenario();
    const grid = await getTrackerGrid(s.deps, s.actor(s.people.wendy), "hrp", { toMonth: "2026-10" });
    if (!grid.ok) throw new Error(grid.error.message);
    expect(grid.value.scope).toBe("worker");
    expect(grid.value.months.at(-1)).toBe("2026-10");
    expect(grid.value.rows.map((row) => row.childId)).toEqual(["ben", "amy"]);
  });

  it("refuses anyone else, and a panel that keeps no tracker", async () => {
    const s = await scenario();
    const stranger = await getTrackerGrid(s.deps, s.actor(s.people.stranger), "hrp");
    const unknown = await getTrackerGrid(s.deps, s.actor(s.people.member), "no-such-panel");
    const isg = await getTrackerGrid(s.deps, s.actor(s.people.stranger), "isg");
    expect(!stranger.ok && stranger.error.code).toBe("NOT_FOUND");
    expect(!unknown.ok && unknown.error.code).toBe("NOT_FOUND");
    expect(!isg.ok && isg.error.code).toBe("TRACKER.NOT_A_TRACKER_PANEL");
  });

  it("audits the view once per young person shown, found by the child's id", async () => {
    const s = await scenario();
    await getTrackerGrid(s.deps, s.actor(s.people.wendy), "hrp");
    const amy = await s.store.read((tx) => tx.audit.list({ childId: "amy" }));
    const cal = await s.store.read((tx) => tx.audit.list({ childId: "cal" }));
    expect(amy.map((entry) => [entry.action, entry.actorId])).toEqual([["tracker.viewed", "wendy"]]);
    expect(cal).toEqual([]);
  });

  it("refuses a last month that is not YYYY-MM", async () => {
    const s = await scenario();
    const grid = await getTrackerGrid(s.deps, s.actor(s.people.member), "hrp", { toMonth: "2026-13" });
    expect(!grid.ok && grid.error.code).toBe("VALIDATION.FAILED");
  });
});
