import { describe, expect, it } from "vitest";
import type { MonthlyRating, Rag, RagArea } from "../model/rating.js";
import { previousMonth, youngPeopleDueForPanel } from "./two-reds.js";

function rating(childId: string, month: string, reds: RagArea[] = [], others: Rag = "green"): MonthlyRating {
  const area = (name: RagArea): Rag => (reds.includes(name) ? "red" : others);
  return {
    panelId: "panel-hrp",
    childId,
    month,
    ratedById: "social-worker-1",
    areas: {
      "missing-or-exploitation": area("missing-or-exploitation"),
      "education-employment-training": area("education-employment-training"),
      "placement-permanency": area("placement-permanency"),
      "youth-justice": area("youth-justice"),
      health: area("health"),
    },
  };
}

const due = (ratings: MonthlyRating[], month: string) =>
  youngPeopleDueForPanel(ratings, month).map((entry) => entry.childId);

describe("youngPeopleDueForPanel", () => {
  it("lists a young person red in the same area two months running, with that area and month", () => {
    const ratings = [rating("c1", "2026-03", ["health"]), rating("c1", "2026-04", ["health"])];
    expect(youngPeopleDueForPanel(ratings, "2026-04")).toEqual([
      { childId: "c1", month: "2026-04", areas: ["health"] },
    ]);
  });

  it("does not list a young person red in different areas in consecutive months (same-area reading)", () => {
    const ratings = [
      rating("c1", "2026-03", ["youth-justice"]),
      rating("c1", "2026-04", ["placement-permanency"]),
    ];
    expect(due(ratings, "2026-04")).toEqual([]);
  });

  it("names only the areas red in both months, in the tracker's order", () => {
    const ratings = [
      rating("c1", "2026-03", ["health", "missing-or-exploitation", "youth-justice"]),
      rating("c1", "2026-04", ["health", "missing-or-exploitation", "placement-permanency"]),
    ];
    expect(youngPeopleDueForPanel(ratings, "2026-04")[0]?.areas).toEqual([
      "missing-or-exploitation",
      "health",
    ]);
  });

  it("does not list a young person red in one month only", () => {
    const redThenAmber = [rating("c1", "2026-03", ["health"]), rating("c1", "2026-04", [], "amber")];
    const amberThenRed = [rating("c2", "2026-03", [], "amber"), rating("c2", "2026-04", ["health"])];
    expect(due([...redThenAmber, ...amberThenRed], "2026-04")).toEqual([]);
  });

  it("does not count red, amber, red in one area over a year of ratings; lists the month a second red follows", () => {
    const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`);
    // Red in health every other month (amber between) all year, then red again in December after November.
    const ratings = months.map((month, index) =>
      rating("c1", month, index % 2 === 0 || index === 11 ? ["health"] : [], "amber"),
    );
    const listed = months.slice(1).filter((month) => due(ratings, month).length > 0);
    expect(listed).toEqual(["2026-12"]);
  });

  it("does not count red months with a gap between them", () => {
    const ratings = [
      rating("c1", "2026-03", ["health"]),
      rating("c1", "2026-04", []),
      rating("c1", "2026-05", ["health"]),
    ];
    expect(due(ratings, "2026-05")).toEqual([]);
  });

  it("does not count a missing month as red", () => {
    const ratings = [rating("c1", "2026-03", ["health"]), rating("c1", "2026-05", ["health"])];
    expect(due(ratings, "2026-05")).toEqual([]);
  });

  it("counts December and January across a year end", () => {
    const ratings = [
      rating("c1", "2026-12", ["missing-or-exploitation"]),
      rating("c1", "2027-01", ["missing-or-exploitation"]),
    ];
    expect(due(ratings, "2027-01")).toEqual(["c1"]);
  });

  it("does not confuse January of the same year with the previous December", () => {
    const ratings = [
      rating("c1", "2027-01", ["health"]),
      rating("c1", "2027-02", []),
      rating("c1", "2026-01", ["health"]),
    ];
    expect(due(ratings, "2027-01")).toEqual([]);
  });

  it("looks only at the month asked for and the month before", () => {
    const ratings = [rating("c1", "2026-03", ["health"]), rating("c1", "2026-04", ["health"])];
    expect(due(ratings, "2026-05")).toEqual([]);
  });

  it("lists each young person once, in id order, whatever the order and repeats of the ratings", () => {
    const ratings = [
      rating("c9", "2026-04", ["health"]),
      rating("c2", "2026-04", ["health"]),
      rating("c9", "2026-03", ["health"]),
      rating("c2", "2026-03", ["youth-justice"]),
      rating("c2", "2026-04", ["youth-justice"]),
      rating("c5", "2026-04", ["health"]),
    ];
    expect(due(ratings, "2026-04")).toEqual(["c2", "c9"]);
  });

  it("rejects a month that is not YYYY-MM", () => {
    expect(() => youngPeopleDueForPanel([], "2026-13")).toThrow(RangeError);
    expect(() => youngPeopleDueForPanel([], "April 2026")).toThrow(RangeError);
  });
});

describe("previousMonth", () => {
  it("steps back one month, across a year end", () => {
    expect(previousMonth("2026-04")).toBe("2026-03");
    expect(previousMonth("2026-10")).toBe("2026-09");
    expect(previousMonth("2027-01")).toBe("2026-12");
  });
});
