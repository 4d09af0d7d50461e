import { describe, expect, it } from "vitest";
import type { Rag, RagArea, TrackerGridRow } from "@convenor/shared";
import { filterTrackerRows, listingRatings, noTrackerFilter, teamsOf, workersOf } from "./tracker-filter.js";

const allGreen: Record<RagArea, Rag> = {
  "missing-or-exploitation": "green",
  "education-employment-training": "green",
  "placement-permanency": "green",
  "youth-justice": "green",
  health: "green",
};

function row(childId: string, workerId: string, team: string, red: RagArea | null = null): TrackerGridRow {
  return {
    childId,
    displayName: childId,
    worker: { id: workerId, name: `Worker ${workerId}` },
    team,
    months: ["2026-04", "2026-05"].map((month) => ({
      month,
      areas: red ? { ...allGreen, [red]: "red" } : allGreen,
      complete: true,
      eligible: true,
    })),
    due: red ? [{ month: "2026-05", areas: [red] }] : [],
  };
}

const rows = [
  row("c-1", "w-b", "Team 2", "health"),
  row("c-2", "w-a", "Team 1"),
  row("c-3", "w-b", "Team 1", "youth-justice"),
];

describe("the tracker grid's filters", () => {
  it("keeps one worker's or one team's young people", () => {
    const ids = (filter: Partial<typeof noTrackerFilter>) =>
      filterTrackerRows(rows, { ...noTrackerFilter, ...filter }).map((kept) => kept.childId);
    expect(ids({})).toEqual(["c-1", "c-2", "c-3"]);
    expect(ids({ workerId: "w-b" })).toEqual(["c-1", "c-3"]);
    expect(ids({ team: "Team 1" })).toEqual(["c-2", "c-3"]);
    expect(ids({ workerId: "w-b", team: "Team 1" })).toEqual(["c-3"]);
  });

  it("keeps only the young people red in an area when asked, and everyone when only the area is chosen", () => {
    const ids = (area: RagArea, redsOnly: boolean) =>
      filterTrackerRows(rows, { ...noTrackerFilter, area, redsOnly }).map((kept) => kept.childId);
    expect(ids("health", true)).toEqual(["c-1"]);
    expect(ids("health", false)).toEqual(["c-1", "c-2", "c-3"]);
  });

  it("offers each worker and team once, by name", () => {
    expect(workersOf(rows)).toEqual([
      { id: "w-a", name: "Worker w-a" },
      { id: "w-b", name: "Worker w-b" },
    ]);
    expect(teamsOf(rows)).toEqual(["Team 1", "Team 2"]);
  });

  it("marks the listing month's red and the month before's in the listed area only", () => {
    expect([...listingRatings(rows[0]!)].sort()).toEqual(["2026-04|health", "2026-05|health"]);
    expect(listingRatings(rows[1]!).size).toBe(0);
  });
});
