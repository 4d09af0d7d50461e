import { describe, expect, it } from "vitest";
import {
  addMonths,
  addCalendarDays,
  ukLocalDate,
  type CinReviewList,
  type CinReviewRow,
  type RecordReviewOutcomeResult,
  type RequestEarlyReviewResult,
  type ReviewConsulteesView,
} from "@convenor/shared";
import { useLocalApiService } from "../testing/local-api-service.js";

interface ErrorBody {
  error: { code: string; message: string };
}

const today = ukLocalDate(new Date().toISOString());
const chair = "p-cin-coordinator";

describe("the Child in Need reviews API in local mode", () => {
  const api = useLocalApiService("convenor-review-api-");

  it("shows the chair the demo plans: one overdue, one past twelve months with its consultation tasks", async () => {
    const { status, body } = await api.call<CinReviewList>("GET", "/api/panels/panel-cin/reviews", chair);
    expect(status).toBe(200);
    expect(body).toMatchObject({ today, reviewIntervalMonths: 3, canRecord: true });
    const byPlan = new Map(body.plans.map((plan) => [plan.planId, plan]));
    expect(byPlan.get("cin-plan-1")).toMatchObject({ overdue: true, displayName: "Rosie Baird" });
    expect(byPlan.get("cin-plan-2")).toMatchObject({ overdue: false, pastTwelveMonths: true });
    expect(byPlan.get("cin-plan-2")!.consultations.map((task) => [task.role, task.person.id])).toEqual([
      ["practice-manager", "p-cic-manager"],
      ["safeguarding-service-manager", chair],
    ]);
    expect(byPlan.get("cin-plan-3")).toMatchObject({ longerSupport: true, consultations: [] });
  });

  it("refuses people off the panel, a panel that keeps no reviews, and a bad id", async () => {
    const stranger = await api.call<ErrorBody>("GET", "/api/panels/panel-cin/reviews", "p-housing");
    const notCin = await api.call<ErrorBody>("GET", "/api/panels/panel-hrp/reviews", "p-cic-manager");
    const badId = await api.call<ErrorBody>("GET", "/api/panels/panel%20cin/reviews", chair);
    expect([stranger.status, stranger.body.error.code]).toEqual([404, "NOT_FOUND"]);
    expect([notCin.status, notCin.body.error.code]).toEqual([404, "REVIEW.NOT_A_REVIEW_PANEL"]);
    expect(badId.status).toBe(400);
  });

  it("records a review's outcome within the interval, once", async () => {
    const path = "/api/reviews/plans/cin-plan-1/outcome";
    const input = {
      reviewDueOn: addMonths(today, -1),
      reviewedOn: today,
      outcome: "amend",
      reasons: "School attendance improving; respite added to the plan.",
      nextReviewOn: addMonths(today, 3),
    };
    const member = await api.call<ErrorBody>("POST", path, "p-sw", input);
    const beyond = await api.call<ErrorBody>("POST", path, chair, {
      ...input,
      nextReviewOn: addCalendarDays(addMonths(today, 3), 1),
    });
    const reversed = await api.call<ErrorBody>("POST", path, chair, {
      ...input,
      nextReviewOn: addCalendarDays(today, -1),
    });
    const notADate = await api.call<ErrorBody>("POST", path, chair, { ...input, reviewedOn: "2026-02-30" });
    const tooLong = await api.call<ErrorBody>("POST", path, chair, { ...input, reasons: "x".repeat(2001) });
    const unknownField = await api.call<ErrorBody>("POST", path, chair, { ...input, childName: "Rosie" });
    expect([member.status, member.body.error.code]).toEqual([403, "AUTH.FORBIDDEN"]);
    expect([beyond.status, beyond.body.error.code]).toEqual([422, "REVIEW.DATE_BEYOND_INTERVAL"]);
    expect([reversed.status, reversed.body.error.code]).toEqual([422, "REVIEW.NEXT_DATE_NOT_AFTER_REVIEW"]);
    expect([notADate.status, tooLong.status, unknownField.status]).toEqual([400, 400, 400]);

    const recorded = await api.call<RecordReviewOutcomeResult>("POST", path, chair, input);
    expect(recorded.status).toBe(201);
    expect(recorded.body.plan).toMatchObject({ overdue: false, nextReviewDue: input.nextReviewOn });
    expect(recorded.body.circulatedTo).toBe(2);
    const again = await api.call<ErrorBody>("POST", path, "p-coord", input);
    expect([again.status, again.body.error.code]).toEqual([409, "REVIEW.ALREADY_RECORDED"]);
  });

  it("lists an early review on the panel's next meeting, once", async () => {
    const path = "/api/reviews/plans/cin-plan-2/early-review";
    const reason = "Father moved out; mother now sole carer of three children.";
    const short = await api.call<ErrorBody>("POST", path, "p-hv", { reason: "moved" });
    const stranger = await api.call<ErrorBody>("POST", path, "p-housing", { reason });
    expect(short.status).toBe(400);
    expect([stranger.status, stranger.body.error.code]).toEqual([404, "NOT_FOUND"]);
    const first = await api.call<RequestEarlyReviewResult>("POST", path, "p-hv", { reason });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ existing: false, request: { state: "listed", meetingId: "m-cin-2" } });
    const second = await api.call<RequestEarlyReviewResult>("POST", path, "p-sw", { reason });
    expect(second.body).toMatchObject({ existing: true, request: { id: first.body.request.id } });
  });

  it("puts a new plan under review, one open plan per child", async () => {
    const path = "/api/panels/panel-cin/reviews/plans";
    const input = {
      child: { givenName: "Nina", familyName: "Shaw", dateOfBirth: "2014-05-01" },
      startedOn: today,
      firstReviewOn: addMonths(today, 2),
      longerSupport: false,
      namedPersonIds: ["p-sw"],
    };
    const started = await api.call<CinReviewRow>("POST", path, "p-coord", input);
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ displayName: "Nina Shaw", nextReviewDue: input.firstReviewOn });
    const twice = await api.call<ErrorBody>("POST", path, "p-coord", input);
    expect([twice.status, twice.body.error.code]).toEqual([409, "REVIEW.PLAN_EXISTS"]);
  });

  it("lets the chair name who is consulted on plans past twelve months", async () => {
    const path = "/api/panels/panel-cin/reviews/consultees";
    const input = { practiceManagerId: "p-cic-manager", safeguardingServiceManagerId: "p-coord" };
    const member = await api.call<ErrorBody>("PUT", path, "p-hv", input);
    const missing = await api.call<ErrorBody>("PUT", path, chair, { practiceManagerId: "p-cic-manager" });
    expect([member.status, member.body.error.code]).toEqual([403, "AUTH.FORBIDDEN"]);
    expect(missing.status).toBe(400);
    const set = await api.call<ReviewConsulteesView>("PUT", path, chair, input);
    expect(set.status).toBe(200);
    expect(set.body.safeguardingServiceManager).toEqual({
      id: "p-coord",
      name: "Iain Robertson",
      named: true,
    });
  });
});
