import { describe, expect, it } from "vitest";
import { checkNextReviewDate, isOverdue, latestNextReview, needsConsultation } from "./review-schedule.js";

describe("the three-month review limit (003 3.1)", () => {
  it("allows a next review up to the interval after the review", () => {
    expect(checkNextReviewDate("2026-03-10", "2026-06-10", 3, null).ok).toBe(true);
  });

  it("refuses a next review past the interval without an exceptional reason", () => {
    const result = checkNextReviewDate("2026-03-10", "2026-06-11", 3, null);
    expect(result.ok ? null : result.error.code).toBe("REVIEW.DATE_BEYOND_INTERVAL");
  });

  it("accepts a longer gap when the exceptional circumstances are recorded", () => {
    expect(checkNextReviewDate("2026-03-10", "2026-09-10", 3, "Disabled child, agreed with parents").ok).toBe(
      true,
    );
  });

  it("clamps to the end of a shorter month", () => {
    expect(latestNextReview("2026-11-30", 3)).toBe("2027-02-28");
    expect(latestNextReview("2027-11-30", 3)).toBe("2028-02-29");
    const march = checkNextReviewDate("2026-11-30", "2027-03-01", 3, null);
    expect(march.ok ? null : march.error.code).toBe("REVIEW.DATE_BEYOND_INTERVAL");
    expect(checkNextReviewDate("2026-11-30", "2027-02-28", 3, null).ok).toBe(true);
  });

  it("follows the panel's own interval", () => {
    expect(checkNextReviewDate("2026-01-31", "2026-02-28", 1, null).ok).toBe(true);
    expect(checkNextReviewDate("2026-01-31", "2026-03-01", 1, null).ok).toBe(false);
  });

  it("refuses a next review on or before the review (reversed dates)", () => {
    const same = checkNextReviewDate("2026-03-10", "2026-03-10", 3, null);
    const before = checkNextReviewDate("2026-03-10", "2026-02-01", 3, "exceptional");
    expect(same.ok ? null : same.error.code).toBe("REVIEW.NEXT_DATE_NOT_AFTER_REVIEW");
    expect(before.ok ? null : before.error.code).toBe("REVIEW.NEXT_DATE_NOT_AFTER_REVIEW");
  });
});

describe("overdue reviews", () => {
  it("is overdue the day after the due date, not on it", () => {
    expect(isOverdue("2026-05-01", "2026-05-01")).toBe(false);
    expect(isOverdue("2026-05-01", "2026-05-02")).toBe(true);
    expect(isOverdue(null, "2026-05-02")).toBe(false);
  });
});

describe("twelve months (003 3.6)", () => {
  const plan = { state: "open" as const, startedOn: "2025-06-15", longerSupport: false };

  it("needs consultation from the twelve-month anniversary", () => {
    expect(needsConsultation(plan, "2026-06-14")).toBe(false);
    expect(needsConsultation(plan, "2026-06-15")).toBe(true);
  });

  it("needs none when the plan records the need for longer support", () => {
    expect(needsConsultation({ ...plan, longerSupport: true }, "2027-01-01")).toBe(false);
  });

  it("needs none for a closed plan", () => {
    expect(needsConsultation({ ...plan, state: "closed" }, "2027-01-01")).toBe(false);
  });

  it("counts a leap-day start to the last day of February", () => {
    expect(needsConsultation({ ...plan, startedOn: "2028-02-29" }, "2029-02-28")).toBe(true);
  });
});
