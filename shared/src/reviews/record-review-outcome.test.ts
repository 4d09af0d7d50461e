import { describe, expect, it } from "vitest";
import { listCinReviews } from "./list-cin-reviews.js";
import { recordReviewOutcome } from "./record-review-outcome.js";
import { aReviewScenario } from "./review-scenario.test-support.js";

const amyReview = {
  planId: "plan-amy",
  reviewDueOn: "2026-11-01",
  reviewedOn: "2026-11-03",
  outcome: "continue" as const,
  reasons: "Attendance improving; keep the plan.",
  nextReviewOn: "2027-02-03",
};

const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? "ok" : result.error!.code);

describe("recordReviewOutcome", () => {
  it("records the outcome, moves the next review and clears the overdue flag", async () => {
    const s = await aReviewScenario();
    const result = await recordReviewOutcome(s.deps, s.actor(s.people.chair), amyReview);
    expect(result.ok && result.value.plan).toMatchObject({
      lastReviewedOn: "2026-11-03",
      nextReviewDue: "2027-02-03",
      overdue: false,
      state: "open",
    });
    const audit = s.store.contents().audit.filter((e) => e.action === "review.outcome-recorded");
    expect(audit).toMatchObject([{ childId: "amy", actorId: "chair" }]);
  });

  it("refuses a next review beyond the panel's interval unless exceptional circumstances are recorded", async () => {
    const s = await aReviewScenario();
    const late = { ...amyReview, nextReviewOn: "2027-02-04" };
    expect(codeOf(await recordReviewOutcome(s.deps, s.actor(s.people.chair), late))).toBe(
      "REVIEW.DATE_BEYOND_INTERVAL",
    );
    expect(s.store.contents().audit).toEqual([]);
    const exceptional = { ...late, exceptionalReason: "Disabled child: reviews agreed at six months" };
    expect(codeOf(await recordReviewOutcome(s.deps, s.actor(s.people.chair), exceptional))).toBe("ok");
  });

  it("refuses bad dates: in the future, before the plan, reversed, missing", async () => {
    const s = await aReviewScenario();
    const chair = s.actor(s.people.chair);
    const tries = [
      { ...amyReview, reviewedOn: "2026-11-05" },
      { ...amyReview, reviewedOn: "2026-05-01" },
      { ...amyReview, nextReviewOn: "2026-11-02" },
      { ...amyReview, nextReviewOn: null },
    ];
    const codes = [];
    for (const input of tries) codes.push(codeOf(await recordReviewOutcome(s.deps, chair, input)));
    expect(codes).toEqual([
      "REVIEW.DATE_IN_FUTURE",
      "REVIEW.BEFORE_PLAN_START",
      "REVIEW.NEXT_DATE_NOT_AFTER_REVIEW",
      "REVIEW.NEXT_DATE_REQUIRED",
    ]);
  });

  it("refuses a second outcome for the same review, writing nothing more", async () => {
    const s = await aReviewScenario();
    const chair = s.actor(s.people.chair);
    expect(codeOf(await recordReviewOutcome(s.deps, chair, amyReview))).toBe("ok");
    const before = s.store.contents();
    const again = await recordReviewOutcome(s.deps, s.actor(s.people.coordinator), {
      ...amyReview,
      outcome: "close",
      nextReviewOn: null,
    });
    expect(codeOf(again)).toBe("REVIEW.ALREADY_RECORDED");
    expect(s.store.contents()).toEqual(before);
  });

  it("lets only the chair or coordinator record, and hides the plan from people off the panel", async () => {
    const s = await aReviewScenario();
    expect(codeOf(await recordReviewOutcome(s.deps, s.actor(s.people.member), amyReview))).toBe(
      "AUTH.FORBIDDEN",
    );
    expect(codeOf(await recordReviewOutcome(s.deps, s.actor(s.people.stranger), amyReview))).toBe(
      "NOT_FOUND",
    );
  });

  it("closes or steps up a plan without a next review", async () => {
    const s = await aReviewScenario();
    const chair = s.actor(s.people.chair);
    const close = { ...amyReview, outcome: "step-up" as const, nextReviewOn: null };
    const closed = await recordReviewOutcome(s.deps, chair, close);
    expect(closed.ok && closed.value.plan).toMatchObject({
      state: "stepped-up",
      nextReviewDue: null,
      overdue: false,
    });
    const withDate = {
      ...amyReview,
      planId: "plan-ben",
      reviewDueOn: "2026-12-01",
      outcome: "close" as const,
    };
    expect(codeOf(await recordReviewOutcome(s.deps, chair, withDate))).toBe("VALIDATION.FAILED");
  });

  it("circulates an amended plan to the people named on it, by case reference only", async () => {
    const s = await aReviewScenario();
    const result = await recordReviewOutcome(s.deps, s.actor(s.people.coordinator), {
      ...amyReview,
      outcome: "amend",
    });
    expect(result.ok && result.value.circulatedTo).toBe(2);
    const notices = s.store.contents().outbox.filter((m) => m.kind === "review.plan-amended");
    expect(notices.map((m) => m.recipient).sort()).toEqual(["person:member", "person:worker"]);
    const text = JSON.stringify(notices);
    expect(text).not.toContain("Amy");
    expect(text).not.toContain("Zephyr");
    expect(notices[0]!.payload).toMatchObject({ reviewsPath: "/tab/#/panels/cin/reviews" });
  });

  it("shows the plan reviewed on the panel's list", async () => {
    const s = await aReviewScenario();
    await recordReviewOutcome(s.deps, s.actor(s.people.chair), amyReview);
    const list = await listCinReviews(s.deps, s.actor(s.people.member), "cin");
    const amy = list.ok ? list.value.plans.find((p) => p.childId === "amy") : null;
    expect(amy).toMatchObject({ lastReviewedOn: "2026-11-03", overdue: false });
  });
});
