import { describe, expect, it } from "vitest";
import { addCalendarDays, addMonths, ukLocalDate, ukMonthLabel } from "./iso-date.js";

describe("ukLocalDate", () => {
  it("is the UTC date in winter (GMT)", () => {
    expect(ukLocalDate("2026-01-15T23:30:00Z")).toBe("2026-01-15");
  });

  it("is the next day for a late UTC time in summer (BST is UTC+1)", () => {
    expect(ukLocalDate("2026-06-01T23:30:00Z")).toBe("2026-06-02");
    expect(ukLocalDate("2026-06-01T22:59:00Z")).toBe("2026-06-01");
  });

  it("follows the clock change on the last Sunday of March", () => {
    // BST starts at 01:00 UTC on 29 March 2026.
    expect(ukLocalDate("2026-03-28T23:30:00Z")).toBe("2026-03-28");
    expect(ukLocalDate("2026-03-29T23:30:00Z")).toBe("2026-03-30");
  });

  it("accepts an explicit offset", () => {
    expect(ukLocalDate("2026-06-02T00:30:00+01:00")).toBe("2026-06-02");
  });

  it("rejects text that is not a date-time", () => {
    expect(() => ukLocalDate("next Tuesday")).toThrow(RangeError);
  });
});

describe("calendar arithmetic", () => {
  it("adds days across a year end", () => {
    expect(addCalendarDays("2026-12-25", 14)).toBe("2027-01-08");
    expect(addCalendarDays("2027-01-08", -14)).toBe("2026-12-25");
  });

  it("clamps to the end of a shorter month", () => {
    expect(addMonths("2026-03-31", 1)).toBe("2026-04-30");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2026-12-02", 1)).toBe("2027-01-02");
  });
});

describe("ukMonthLabel", () => {
  it("writes a month as people in the UK read it, and leaves anything else alone", () => {
    expect(ukMonthLabel("2025-12")).toBe("Dec 2025");
    expect(ukMonthLabel("2026-01")).toBe("Jan 2026");
    expect(ukMonthLabel("2026-13")).toBe("2026-13");
    expect(ukMonthLabel("Millburn Academy")).toBe("Millburn Academy");
  });
});
