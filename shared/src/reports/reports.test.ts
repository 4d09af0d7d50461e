import { describe, expect, it } from "vitest";
import type { Actor } from "../model/actor.js";
import type { Referral } from "../model/referral.js";
import { aMembership, aPanel, aPerson } from "../testing/builders.js";
import { FixedClock } from "../testing/fixed-clock.js";
import { InMemoryStore } from "../testing/in-memory-store.js";
import { getMinimumDataSet } from "./get-minimum-data-set.js";
import { getPlacementsReport } from "./get-placements-report.js";
import { getUnmetNeedReport } from "./get-unmet-need-report.js";
import { reportCsv } from "./report-csv.js";
import { annualReportPeriod } from "./report-range.js";
import { setSuppressionThreshold } from "./set-suppression-threshold.js";

let n = 0;
const aReferral = (school: string, createdAt: string, state: Referral["state"] = "submitted"): Referral => ({
  id: `ref-${++n}`,
  panelId: "isg",
  reference: `ISG-2026-${n}`,
  state,
  childId: `child-${n}`,
  referrerId: "referrer",
  urgency: "routine",
  form: { "child.school": school, "referrer.agency": "education", shanarri: ["safe"] },
  meetingId: null,
  retrospective: false,
  createdAt,
  updatedAt: createdAt,
  version: 1,
  history: [],
});

function scenario() {
  const panel = aPanel("isg", { id: "isg", name: "North ISG" });
  const people = {
    chair: aPerson({ id: "chair" }),
    coordinator: aPerson({ id: "coord" }),
    member: aPerson({ id: "member" }),
  };
  const referrals = [
    ...Array.from({ length: 6 }, () => aReferral("=Millburn Academy", "2026-03-03T09:00:00Z")),
    aReferral("Hill Primary", "2026-03-04T09:00:00Z"),
    aReferral("Hill Primary", "2026-04-04T09:00:00Z", "declined"),
  ];
  const store = new InMemoryStore({
    people: Object.values(people),
    panels: [panel],
    memberships: [
      aMembership(panel, people.chair, ["chair"]),
      aMembership(panel, people.coordinator, ["coordinator"]),
      aMembership(panel, people.member, ["member"]),
    ],
    referrals,
  });
  const deps = { store, clock: new FixedClock("2026-06-01T09:00:00Z") };
  const actor = (id: string): Actor => ({ personId: id, channel: "test", origin: null, correlationId: null });
  return { deps, actor };
}

const march = { fromMonth: "2026-03", toMonth: "2026-04" };

describe("reports", () => {
  it("shows the coordinator referrals by establishment per month, with counts under 5 and the totals that would reveal them suppressed", async () => {
    const s = scenario();
    const result = await getMinimumDataSet(s.deps, s.actor("coord"), "isg", march);
    if (!result.ok) throw new Error(result.error.message);
    const table = result.value.tables.find((t) => t.id === "by-establishment")!;
    expect(table.columns).toEqual(["=Millburn Academy", "Hill Primary"]);
    expect(table.rows).toEqual([
      { label: "2026-03", cells: [6, null], total: null },
      { label: "2026-04", cells: [0, null], total: null },
    ]);
    expect(table.totals).toEqual([6, null]);
    expect(table.grandTotal).toBeNull();
    const reasons = result.value.tables.find((t) => t.id === "by-reason")!;
    expect(reasons.rows[0]).toEqual({ label: "2026-03", cells: [7, 0, 0, 0, 0, 0, 0, 0], total: 7 });
  });

  it("exports CSV with suppressed counts as <5 and formula cells escaped", async () => {
    const s = scenario();
    const result = await getMinimumDataSet(s.deps, s.actor("chair"), "isg", march);
    if (!result.ok) throw new Error(result.error.message);
    const csv = reportCsv(result.value);
    expect(csv).toContain("Month,'=Millburn Academy,Hill Primary,Total\r\n2026-03,6,<5,<5\r\n");
  });

  it("is for the panel's chair and coordinator only, over a range in order of at most 24 months", async () => {
    const s = scenario();
    const outcomes = await Promise.all([
      getUnmetNeedReport(s.deps, s.actor("member"), "isg", march),
      getPlacementsReport(s.deps, s.actor("coord"), "isg", { fromMonth: "2026-05", toMonth: "2026-04" }),
      getPlacementsReport(s.deps, s.actor("coord"), "isg", { fromMonth: "2024-01", toMonth: "2026-01" }),
      getPlacementsReport(s.deps, s.actor("coord"), "isg", { fromMonth: "March", toMonth: "2026-01" }),
      getPlacementsReport(s.deps, s.actor("coord"), "nowhere", march),
    ]);
    expect(outcomes.map((r) => !r.ok && r.error.code)).toEqual([
      "REPORT.NOT_CHAIR_OR_COORDINATOR",
      "REPORT.RANGE_REVERSED",
      "REPORT.RANGE_TOO_LONG",
      "VALIDATION.FAILED",
      "NOT_FOUND",
    ]);
  });

  it("covers June to May for the ISG annual report presented in June", async () => {
    const s = scenario();
    const result = await getPlacementsReport(s.deps, s.actor("coord"), "isg", annualReportPeriod(2026));
    expect(result.ok && result.value.tables[0]!.rows.map((r) => r.label)).toHaveLength(12);
    expect(result.ok && [result.value.fromMonth, result.value.toMonth]).toEqual(["2025-06", "2026-05"]);
  });
});

describe("the small-count threshold", () => {
  it("is set by an administrator and applies to every report; others are refused", async () => {
    const s = scenario();
    await s.deps.store.transaction((tx) => tx.people.upsert(aPerson({ id: "admin", administrator: true })));
    const refused = await setSuppressionThreshold(s.deps, s.actor("coord"), 3);
    const tooHigh = await setSuppressionThreshold(s.deps, s.actor("admin"), 21);
    expect([refused, tooHigh].map((r) => !r.ok && r.error.code)).toEqual([
      "AUTH.FORBIDDEN",
      "VALIDATION.FAILED",
    ]);
    expect(await setSuppressionThreshold(s.deps, s.actor("admin"), 1)).toEqual({
      ok: true,
      value: { suppressedBelow: 1 },
    });
    const result = await getMinimumDataSet(s.deps, s.actor("coord"), "isg", march);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.suppressedBelow).toBe(1);
    expect(result.value.tables[0]!.rows[0]).toEqual({ label: "2026-03", cells: [6, 1], total: 7 });
  });
});
