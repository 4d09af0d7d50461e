import { describe, expect, it } from "vitest";
import { buildAgenda } from "../meetings/build-agenda.js";
import { aMeeting } from "../testing/builders.js";
import { listCinReviews } from "./list-cin-reviews.js";
import { recordReviewOutcome } from "./record-review-outcome.js";
import { requestEarlyReview } from "./request-early-review.js";
import { runReviewChecks } from "./run-review-checks.js";
import { setReviewConsultees } from "./set-review-consultees.js";
import { aReviewScenario } from "./review-scenario.test-support.js";

const reason = "Mother admitted to hospital; father now sole carer.";
const jobActor = { personId: "convenor", channel: "worker", origin: null, correlationId: null };

describe("requestEarlyReview (003 3.2)", () => {
  it("lists the child on the panel's next planned meeting, by case reference only", async () => {
    const s = await aReviewScenario({ meeting: true });
    const result = await requestEarlyReview(s.deps, s.actor(s.people.member), { planId: "plan-ben", reason });
    expect(result.ok && result.value).toMatchObject({
      existing: false,
      request: { state: "listed", meetingId: "cin-dec", requestedBy: "Hana Health", reason },
    });
    const items = s.store.contents().agenda.filter((item) => item.meetingId === "cin-dec");
    expect(items).toMatchObject([
      {
        source: "review",
        childId: "ben",
      },
    ]);
    expect(items[0]!.title).toMatch(/^Early review \(CIN-[0-9A-F]{6}\)$/);
    expect(items[0]!.title).not.toContain("Ben");
  });

  it("returns the open request when asked again, writing nothing", async () => {
    const s = await aReviewScenario({ meeting: true });
    const first = await requestEarlyReview(s.deps, s.actor(s.people.member), { planId: "plan-ben", reason });
    const before = s.store.contents();
    const again = await requestEarlyReview(s.deps, s.actor(s.people.chair), {
      planId: "plan-ben",
      reason: "Another significant change in the family.",
    });
    expect(again.ok && again.value.existing).toBe(true);
    expect(again.ok && again.value.request.id).toBe(first.ok && first.value.request.id);
    expect(s.store.contents()).toEqual(before);
  });

  it("keeps the request pending with no meeting planned, and lists it when the next agenda is built", async () => {
    const s = await aReviewScenario();
    const pending = await requestEarlyReview(s.deps, s.actor(s.people.member), {
      planId: "plan-ben",
      reason,
    });
    expect(pending.ok && pending.value.request).toMatchObject({ state: "pending", meetingId: null });
    const list = await listCinReviews(s.deps, s.actor(s.people.member), "cin");
    const ben = list.ok ? list.value.plans.find((p) => p.childId === "ben") : null;
    expect(ben?.earlyReview).toMatchObject({ state: "pending" });

    await s.store.transaction((tx) =>
      tx.meetings.insert(aMeeting(s.panel, "2026-12-08T10:00:00Z", { id: "new" })),
    );
    const built = await buildAgenda(s.deps, s.actor(s.people.chair), { meetingId: "new" });
    expect(built.ok).toBe(true);
    const items = s.store.contents().agenda.filter((item) => item.source === "review");
    expect(items).toMatchObject([{ meetingId: "new", childId: "ben" }]);
    await buildAgenda(s.deps, s.actor(s.people.chair), { meetingId: "new" });
    expect(s.store.contents().agenda.filter((item) => item.source === "review")).toHaveLength(1);
  });

  it("lists a pending request through the review checks once a meeting is planned", async () => {
    const s = await aReviewScenario();
    await requestEarlyReview(s.deps, s.actor(s.people.member), { planId: "plan-ben", reason });
    await s.store.transaction((tx) =>
      tx.meetings.insert(aMeeting(s.panel, "2026-12-08T10:00:00Z", { id: "new" })),
    );
    const checks = await runReviewChecks(s.deps, jobActor);
    expect(checks.ok && checks.value.listed).toBe(1);
    expect(s.store.contents().agenda).toMatchObject([{ meetingId: "new", source: "review", childId: "ben" }]);
  });

  it("lets a new request follow once the review is recorded", async () => {
    const s = await aReviewScenario({ meeting: true });
    await requestEarlyReview(s.deps, s.actor(s.people.member), { planId: "plan-amy", reason });
    await recordReviewOutcome(s.deps, s.actor(s.people.chair), {
      planId: "plan-amy",
      reviewDueOn: "2026-11-01",
      reviewedOn: "2026-11-04",
      outcome: "continue",
      reasons: "Reviewed early",
      nextReviewOn: "2027-01-04",
    });
    const next = await requestEarlyReview(s.deps, s.actor(s.people.member), { planId: "plan-amy", reason });
    expect(next.ok && next.value.existing).toBe(false);
  });

  it("is for the panel's members only", async () => {
    const s = await aReviewScenario({ meeting: true });
    const refused = await requestEarlyReview(s.deps, s.actor(s.people.stranger), {
      planId: "plan-ben",
      reason,
    });
    expect(refused.ok ? "ok" : refused.error.code).toBe("NOT_FOUND");
    expect(s.store.contents().agenda).toEqual([]);
  });
});

describe("listCinReviews", () => {
  it("flags the overdue review and audits each child shown", async () => {
    const s = await aReviewScenario();
    const list = await listCinReviews(s.deps, s.actor(s.people.member), "cin");
    expect(list.ok && list.value.plans.map((p) => [p.childId, p.overdue, p.pastTwelveMonths])).toEqual([
      ["amy", true, false],
      ["ben", false, true],
      ["cal", false, true],
    ]);
    expect(list.ok && list.value).toMatchObject({
      today: "2026-11-04",
      reviewIntervalMonths: 3,
      canRecord: false,
    });
    const audited = s.store.contents().audit.filter((e) => e.action === "review.list-viewed");
    expect(audited.map((e) => e.childId).sort()).toEqual(["amy", "ben", "cal"]);
  });

  it("is refused to people off the panel and on panels that keep no reviews", async () => {
    const s = await aReviewScenario();
    const stranger = await listCinReviews(s.deps, s.actor(s.people.stranger), "cin");
    const otherPanel = await listCinReviews(s.deps, s.actor(s.people.stranger), "isg");
    expect(stranger.ok ? "ok" : stranger.error.code).toBe("NOT_FOUND");
    expect(otherPanel.ok ? "ok" : otherPanel.error.code).toBe("REVIEW.NOT_A_REVIEW_PANEL");
  });
});

describe("runReviewChecks: twelve months (003 3.6)", () => {
  it("creates one task for each manager for a plan past twelve months, never twice", async () => {
    const s = await aReviewScenario();
    const first = await runReviewChecks(s.deps, jobActor);
    const second = await runReviewChecks(s.deps, jobActor);
    expect(first.ok && first.value.tasks).toBe(2);
    expect(second.ok && second.value.tasks).toBe(0);
    const list = await listCinReviews(s.deps, s.actor(s.people.chair), "cin");
    const ben = list.ok ? list.value.plans.find((p) => p.childId === "ben") : null;
    const cal = list.ok ? list.value.plans.find((p) => p.childId === "cal") : null;
    // Nobody is named: the chair is asked in both roles.
    expect(ben?.consultations.map((t) => [t.role, t.person.name])).toEqual([
      ["practice-manager", "Helen Chair"],
      ["safeguarding-service-manager", "Helen Chair"],
    ]);
    expect(cal?.consultations).toEqual([]);
    const cards = s.store.contents().outbox.filter((m) => m.kind === "review.consultation-task");
    expect(cards).toHaveLength(2);
    expect(JSON.stringify(cards)).not.toContain("Ben");
  });

  it("asks the people the panel names", async () => {
    const s = await aReviewScenario();
    await s.store.transaction((tx) =>
      tx.cinReviews.setConsultees({
        panelId: "cin",
        practiceManagerId: "coord",
        safeguardingServiceManagerId: "member",
      }),
    );
    await runReviewChecks(s.deps, jobActor);
    const cards = s.store.contents().outbox.filter((m) => m.kind === "review.consultation-task");
    expect(cards.map((m) => m.recipient).sort()).toEqual(["person:coord", "person:member"]);
  });
});

describe("setReviewConsultees", () => {
  it("lets the chair name who is consulted, the chair standing in for one left unnamed", async () => {
    const s = await aReviewScenario();
    const set = await setReviewConsultees(s.deps, s.actor(s.people.chair), {
      panelId: "cin",
      practiceManagerId: "coord",
      safeguardingServiceManagerId: null,
    });
    expect(set.ok && set.value).toEqual({
      panelId: "cin",
      practiceManager: { id: "coord", name: "Iain Coordinator", named: true },
      safeguardingServiceManager: { id: "chair", name: "Helen Chair", named: false },
    });
    await runReviewChecks(s.deps, jobActor);
    const cards = s.store.contents().outbox.filter((m) => m.kind === "review.consultation-task");
    expect(cards.map((m) => m.recipient).sort()).toEqual(["person:chair", "person:coord"]);
  });

  it("is the chair's alone, and names only known people", async () => {
    const s = await aReviewScenario();
    const input = { panelId: "cin", practiceManagerId: "coord", safeguardingServiceManagerId: null };
    const byCoordinator = await setReviewConsultees(s.deps, s.actor(s.people.coordinator), input);
    const unknown = await setReviewConsultees(s.deps, s.actor(s.people.chair), {
      ...input,
      practiceManagerId: "nobody",
    });
    expect(byCoordinator.ok ? "ok" : byCoordinator.error.code).toBe("AUTH.FORBIDDEN");
    expect(unknown.ok ? "ok" : unknown.error.code).toBe("AGENDA.UNKNOWN_PERSON");
  });
});
