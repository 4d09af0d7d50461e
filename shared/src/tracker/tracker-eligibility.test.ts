import { describe, expect, it } from "vitest";
import { birthdayAt, isTrackerEligible } from "./tracker-eligibility.js";

const child = (dateOfBirth: string, lookedAfter = true) => ({ dateOfBirth, lookedAfter });

describe("isTrackerEligible (004: looked after, 14 to 18)", () => {
  it("starts in the month of the 14th birthday, wherever in the month it falls", () => {
    expect(isTrackerEligible(child("2012-10-31"), "2026-09")).toBe(false);
    expect(isTrackerEligible(child("2012-10-31"), "2026-10")).toBe(true);
    expect(isTrackerEligible(child("2012-10-01"), "2026-10")).toBe(true);
  });

  it("ends before the month that starts on or after the 18th birthday", () => {
    expect(isTrackerEligible(child("2008-10-02"), "2026-10")).toBe(true);
    expect(isTrackerEligible(child("2008-10-01"), "2026-10")).toBe(false);
    expect(isTrackerEligible(child("2008-10-31"), "2026-11")).toBe(false);
  });

  it("refuses a young person who is not looked after with a long-term plan", () => {
    expect(isTrackerEligible(child("2011-05-05", false), "2026-10")).toBe(false);
  });

  it("takes a 29 February birthday as 1 March in a common year", () => {
    expect(birthdayAt("2012-02-29", 14)).toBe("2026-03-01");
    expect(isTrackerEligible(child("2012-02-29"), "2026-02")).toBe(false);
    expect(isTrackerEligible(child("2012-02-29"), "2026-03")).toBe(true);
  });
});
