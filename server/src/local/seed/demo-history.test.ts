import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getHighRiskTrends,
  getMinimumDataSet,
  getPlacementsReport,
  getUnmetNeedReport,
  isWorkingDay,
  listCinReviews,
  type Report,
  type ReportTable,
  type Store,
  type UseCaseDeps,
} from "@convenor/shared";
import { FixedClock } from "@convenor/shared/testing";
import { ReviewsJob } from "../../jobs/reviews.job.js";
import { capturedLogger } from "../../captured-logger.test-support.js";
import { createStore } from "../../store/create-store.js";
import { seedDemoData } from "./seed-demo-data.js";

/** The demo as `npm start` seeds it (SQLite), read as the tab's reports page reads it. */
describe("the demo's year of history, in the reports", () => {
  const now = new Date("2026-11-24T09:00:00Z");
  const directory = mkdtempSync(join(tmpdir(), "convenor-demo-history-"));
  let store: Store;
  let close: () => Promise<void>;
  let deps: UseCaseDeps;
  // The tab's default period: the twelve months to this one.
  const period = { fromMonth: "2025-12", toMonth: "2026-11" };
  const coordinator = { personId: "p-coord", channel: "api", origin: null, correlationId: null };

  beforeAll(async () => {
    const opened = await createStore({ sqlitePath: join(directory, "convenor.sqlite") });
    store = opened.store;
    close = () => opened.close();
    deps = { store, clock: new FixedClock(now.toISOString()) };
    await seedDemoData(store, deps.clock);
  });
  afterAll(async () => {
    await close?.();
    rmSync(directory, { recursive: true, force: true });
  });

  async function report(
    get: typeof getMinimumDataSet,
    panelId: string,
  ): Promise<Record<string, ReportTable>> {
    const result = await get(deps, coordinator, panelId, period);
    if (!result.ok) throw new Error(result.error.message);
    return Object.fromEntries(result.value.tables.map((table) => [table.id, table]));
  }
  /** Counts a newcomer reads as numbers (5 or more), and those shown as "<5". */
  const shown = (table: ReportTable) =>
    table.rows.flatMap((row) => row.cells).filter((c) => c !== null && c >= 5);
  const suppressed = (table: ReportTable) => table.rows.flatMap((row) => row.cells).filter((c) => c === null);
  const monthsWith = (table: ReportTable, column: string) => {
    const at = table.columns.indexOf(column);
    return table.rows.filter((row) => (row.cells[at] ?? 0) >= 5).map((row) => row.label);
  };

  it.each(["panel-lcjst", "panel-icsmg", "panel-isg"])(
    "shows the %s coordinator the minimum data set's referrals by month in numbers, small counts still hidden",
    async (panelId) => {
      const tables = await report(getMinimumDataSet, panelId);
      for (const id of ["by-establishment", "by-agency", "by-reason", "by-outcome"]) {
        expect(shown(tables[id]!).length, id).toBeGreaterThanOrEqual(5);
        expect(suppressed(tables[id]!).length, id).toBeGreaterThan(0);
      }
      expect(shown(tables["establishment-by-outcome"]!).length).toBeGreaterThanOrEqual(5);
      expect(tables["by-agency"]!.columns.length).toBeGreaterThanOrEqual(3);
      expect(tables["by-establishment"]!.columns.length).toBeGreaterThanOrEqual(5);
      // Every referral of the history has ended: decided, closed or declined at screening.
      expect(monthsWith(tables["by-outcome"]!, "Closed").length).toBeGreaterThanOrEqual(8);
    },
  );

  it("shows the ICSMG's unmet need register month by month, Intensive Support and Supervision in most months", async () => {
    const unmet = (await report(getUnmetNeedReport, "panel-icsmg"))["unmet-need"]!;
    expect(unmet.columns).toEqual(
      expect.arrayContaining(["Intensive Support and Supervision", "Residential Placement Group"]),
    );
    expect(monthsWith(unmet, "Intensive Support and Supervision").length).toBeGreaterThanOrEqual(5);
  });

  it("shows the ISG's purchased placements, planned ones in numbers most months", async () => {
    const placements = (await report(getPlacementsReport, "panel-isg"))["placements"]!;
    expect(monthsWith(placements, "Planned").length).toBeGreaterThanOrEqual(8);
    const retrospective = placements.columns.indexOf("Retrospectively agreed");
    expect(placements.rows.some((row) => row.cells[retrospective] !== 0)).toBe(true);
  });

  it("shows the High Risk Panel's red ratings by area in numbers for the months the tracker was fullest", async () => {
    const reds = (await report(getHighRiskTrends, "panel-hrp"))["reds-by-area"]!;
    expect(monthsWith(reds, "Missing or exploitation").length).toBeGreaterThanOrEqual(3);
    expect(shown(reds).length).toBeGreaterThanOrEqual(8);
  });

  it("shows the CIN review panel's coordinator its case reviews by outcome in numbers, small counts still hidden", async () => {
    const reviews = (await report(getMinimumDataSet, "panel-cin"))["reviews"]!;
    expect(reviews.columns).toEqual(["Continue", "Amend", "Close", "Step up"]);
    expect(monthsWith(reviews, "Continue").length).toBeGreaterThanOrEqual(6);
    expect(monthsWith(reviews, "Amend").length).toBeGreaterThanOrEqual(2);
    expect(monthsWith(reviews, "Close").length).toBeGreaterThanOrEqual(2);
    expect(suppressed(reviews).length).toBeGreaterThan(0);
  });

  it("leaves the CIN reviews page's three open plans as they were: every plan of the history has ended", async () => {
    const list = await listCinReviews(deps, coordinator, "panel-cin");
    if (!list.ok) throw new Error(list.error.message);
    const open = list.value.plans.filter((plan) => plan.state === "open");
    expect(open.map((plan) => [plan.planId, plan.overdue])).toEqual([
      ["cin-plan-1", true],
      ["cin-plan-2", false],
      ["cin-plan-3", false],
    ]);
    const historic = list.value.plans.filter((plan) => plan.planId.startsWith("cin-plan-hist-"));
    expect(historic.length).toBe(list.value.plans.length - 3);
    expect(historic.length).toBeGreaterThan(40);
    for (const plan of historic) {
      expect(plan.state === "closed" || plan.state === "stepped-up").toBe(true);
      expect(plan.childId).toMatch(/^c-hist-/);
      expect([plan.nextReviewDue, plan.overdue, plan.earlyReview, plan.consultations]).toEqual([
        null,
        false,
        null,
        [],
      ]);
      expect(plan.lastReviewedOn! < list.value.today).toBe(true);
      // As the chair would have recorded them: each review answering the date the one before set, the last
      // one ending the plan.
      const reviews = (await store.read((tx) => tx.cinReviews.reviewsOf(plan.planId))).reverse();
      expect(reviews.at(-1)!.outcome).toBe(plan.state === "closed" ? "close" : "step-up");
      expect(reviews.at(-1)!.reviewedOn).toBe(plan.lastReviewedOn);
      reviews.forEach((review, at) => {
        expect(review.reviewedOn >= plan.startedOn && review.reviewedOn <= review.dueOn).toBe(true);
        expect(isWorkingDay(review.reviewedOn, "england-wales")).toBe(true);
        if (at > 0) expect(review.dueOn).toBe(reviews[at - 1]!.nextReviewOn);
      });
    }
  });

  it("gives the hourly CIN review checks nothing to do for the history's plans: no task, no card", async () => {
    const before = await store.read((tx) => tx.cinReviews.consultations("panel-cin"));
    const { lines, logger } = capturedLogger();
    await new ReviewsJob({ deps, logger }).runOnce();
    // The job logs only when it made a task or listed an early review, or failed.
    expect(lines).toEqual([]);
    const after = await store.read((tx) => tx.cinReviews.consultations("panel-cin"));
    expect(after).toEqual(before);
    expect(new Set(after.map((task) => task.planId))).toEqual(new Set(["cin-plan-2"]));
    expect(await store.read((tx) => tx.outbox.due("9999-12-31T00:00:00.000Z", 100))).toEqual([]);
    // The job's query: only open plans are ever considered for a consultation.
    const considered = await store.read((tx) => tx.cinReviews.openPlans());
    expect(considered.map((plan) => plan.id)).toEqual(["cin-plan-1", "cin-plan-2", "cin-plan-3"]);
  });

  it("leaves nothing of the history waiting for anyone, nor on the live meetings' agendas", async () => {
    const history = await store.read((tx) => tx.referrals.list({}));
    const historic = history.filter((referral) => referral.id.startsWith("r-hist-"));
    expect(historic.length).toBeGreaterThan(400);
    expect(new Set(historic.map((referral) => referral.state))).toEqual(
      new Set(["decided", "closed", "declined"]),
    );
    for (const referral of historic) expect(referral.updatedAt < now.toISOString()).toBe(true);
    const liveAgendas = await store.read(async (tx) =>
      (
        await Promise.all(["m-lcjst-1", "m-icsmg-1", "m-isg-1"].map((id) => tx.agenda.listForMeeting(id)))
      ).flat(),
    );
    expect(liveAgendas.filter((item) => item.referralId?.startsWith("r-hist-"))).toEqual([]);
  });

  it("is the same history on every start", async () => {
    const other = await createStore({ sqlitePath: join(directory, "again.sqlite") });
    try {
      await seedDemoData(other.store, deps.clock);
      for (const panelId of ["panel-lcjst", "panel-cin"]) {
        const again = await getMinimumDataSet({ ...deps, store: other.store }, coordinator, panelId, period);
        const first = await getMinimumDataSet(deps, coordinator, panelId, period);
        expect((again as { value: Report }).value.tables).toEqual((first as { value: Report }).value.tables);
      }
    } finally {
      await other.close();
    }
  });
});
