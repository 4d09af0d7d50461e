import { describe, expect, it } from "vitest";
import type { RedListEntry } from "@convenor/shared";
import { redListRows } from "./red-list-rows.js";

const entry = (overrides: Partial<RedListEntry>): RedListEntry => ({
  agendaItemId: "ai-1",
  childId: "c-08",
  reference: "YP-0A1B2C",
  displayName: "Lucy Brennan",
  worker: { id: "p-sw", name: "Daniel Okafor" },
  team: "Children in Care Team 1",
  due: { month: "2026-10", areas: ["placement-permanency"] },
  ...overrides,
});

describe("the red list's rows", () => {
  it("names the young person, worker, team, the areas in full and both months that listed them", () => {
    expect(redListRows([entry({})])).toEqual([
      {
        key: "ai-1",
        name: "Lucy Brennan",
        worker: "Daniel Okafor",
        team: "Children in Care Team 1",
        areas: "Placement and permanency",
        months: "Sep and Oct 2026",
      },
    ]);
  });

  it("names both years when the two months straddle a new year, and every area red in both", () => {
    const [row] = redListRows([
      entry({ due: { month: "2027-01", areas: ["missing-or-exploitation", "health"] } }),
    ]);
    expect(row).toMatchObject({ areas: "Missing or exploitation; Health", months: "Dec 2026 and Jan 2027" });
  });

  it("keeps a young person listed whose ratings changed since, or who left the tracker, saying so", () => {
    const [row] = redListRows([entry({ worker: null, team: null, due: null })]);
    expect(row).toMatchObject({
      name: "Lucy Brennan",
      worker: "No longer on the tracker",
      team: "–",
      areas: "No longer red twice running",
      months: "–",
    });
  });
});
