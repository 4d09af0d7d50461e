import type { Decision, UnmetNeed } from "../model/decision.js";
import type { CapacityRefusal } from "../model/capacity-refusal.js";
import type { Meeting } from "../model/meeting.js";
import { ragAreas } from "../model/rating.js";
import type { TrackerEntry } from "../model/tracker.js";
import { previousMonth, youngPeopleDueForPanel } from "../ratings/two-reds.js";
import { monthsOf } from "../reports/report-range.js";
import type { Referral } from "../model/referral.js";
import type { ReportRepository } from "../ports/store.port.js";
import type { ReportRange } from "../reports/report-rows.js";
import type { CinReviewState } from "./in-memory-cin-reviews.js";

interface ReportSources {
  referrals: Map<string, Referral>;
  meetings: Map<string, Meeting>;
  decisions: Map<string, Decision>;
  unmetNeeds: Map<string, UnmetNeed>;
  capacityRefusals: Map<string, CapacityRefusal>;
  cinReviews: CinReviewState;
  ratings: Map<string, TrackerEntry>;
  reportSettings: Map<string, number>;
}

const inRange = (month: string, range: ReportRange) => month >= range.fromMonth && month <= range.toMonth;
const text = (value: unknown) => (typeof value === "string" ? value : "");
const byKeys = (a: readonly (string | boolean)[], b: readonly (string | boolean)[]) => {
  for (let i = 0; i < a.length; i++) {
    const x = String(a[i]);
    const y = String(b[i]);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

/** Counts `keys` tuples the way GROUP BY ... ORDER BY does in the Kysely adapter. */
function grouped<K extends readonly (string | boolean)[]>(tuples: K[]): { keys: K; count: number }[] {
  const counts = new Map<string, { keys: K; count: number }>();
  for (const keys of tuples) {
    const id = JSON.stringify(keys);
    const entry = counts.get(id) ?? { keys, count: 0 };
    entry.count += 1;
    counts.set(id, entry);
  }
  return [...counts.values()].sort((a, b) => byKeys(a.keys, b.keys));
}

export function inMemoryReports(state: ReportSources): ReportRepository {
  const referralsIn = (range: ReportRange) =>
    [...state.referrals.values()].filter(
      (r) => r.panelId === range.panelId && r.state !== "draft" && inRange(r.createdAt.slice(0, 7), range),
    );
  const rated = (range: ReportRange) =>
    [...state.ratings.values()].filter(
      (r) =>
        r.panelId === range.panelId &&
        r.complete &&
        r.month >= previousMonth(range.fromMonth) &&
        r.month <= range.toMonth,
    );
  const listed = (range: ReportRange) => {
    const ratings = rated(range);
    return monthsOf(range).flatMap((month) => youngPeopleDueForPanel(ratings, month));
  };
  const counts = {
    redCounts: (range: ReportRange) =>
      grouped(
        rated(range)
          .filter((r) => inRange(r.month, range))
          .flatMap((r) =>
            ragAreas.filter((area) => r.areas[area] === "red").map((area) => [r.month, area] as const),
          ),
      )
        .map(({ keys: [month, area], count }) => ({ month, area, count }))
        .sort((a, b) => byKeys([a.month], [b.month]) || ragAreas.indexOf(a.area) - ragAreas.indexOf(b.area)),
    listedCounts: (range: ReportRange) =>
      grouped(listed(range).map((due) => [due.month] as const)).map(({ keys: [month], count }) => ({
        month,
        count,
      })),
    timeOnList: (range: ReportRange) => {
      const perChild = grouped(listed(range).map((due) => [due.childId] as const));
      return grouped(perChild.map(({ count }) => [String(count).padStart(4, "0")] as const)).map(
        ({ keys: [months], count }) => ({ months: Number(months), count }),
      );
    },
    referralCounts: (range: ReportRange) =>
      grouped(
        referralsIn(range).map(
          (r) =>
            [
              r.createdAt.slice(0, 7),
              text(r.form["child.school"]),
              text(r.form["referrer.agency"]),
              r.state,
            ] as const,
        ),
      ).map(({ keys: [month, establishment, agency, referralState], count }) => ({
        month,
        establishment,
        agency,
        state: referralState,
        count,
      })),
    referralReasons: (range: ReportRange) =>
      grouped(
        referralsIn(range).flatMap((r) => {
          const indicators = Array.isArray(r.form.shanarri) ? r.form.shanarri : [];
          return indicators.map((indicator) => [r.createdAt.slice(0, 7), String(indicator)] as const);
        }),
      ).map(({ keys: [month, indicator], count }) => ({ month, indicator, count })),
    reviewCounts: (range: ReportRange) => {
      const plans = new Map(state.cinReviews.plans.map((plan) => [plan.id, plan]));
      return grouped(
        state.cinReviews.reviews
          .filter((review) => plans.get(review.planId)?.panelId === range.panelId)
          .map((review) => [review.reviewedOn.slice(0, 7), review.outcome] as const)
          .filter(([month]) => inRange(month, range)),
      ).map(({ keys: [month, outcome], count }) => ({ month, outcome, count }));
    },
    unmetNeedCounts: (range: ReportRange) =>
      grouped(
        [...state.unmetNeeds.values()]
          .filter((need) => need.panelId === range.panelId && inRange(need.recordedOn.slice(0, 7), range))
          .map((need) => [need.recordedOn.slice(0, 7), need.resource] as const),
      ).map(({ keys: [month, resource], count }) => ({ month, resource, count })),
    capacityRefusalCounts: (range: ReportRange) =>
      grouped(
        [...state.capacityRefusals.values()]
          .filter((r) => r.panelId === range.panelId && inRange(r.refusedOn.slice(0, 7), range))
          .map((r) => [r.refusedOn.slice(0, 7), r.reason] as const),
      ).map(({ keys: [month, reason], count }) => ({ month, reason, count })),
    placementCounts: (range: ReportRange) =>
      grouped(
        [...state.decisions.values()]
          .filter(
            (d) =>
              state.meetings.get(d.meetingId)?.panelId === range.panelId &&
              d.kind === "resource-request" &&
              d.resource?.resource === "isg-purchased-placement" &&
              d.resource.outcome === "agreed" &&
              inRange(d.decidedAt.slice(0, 7), range),
          )
          .map((d) => {
            const retrospective = d.referralId
              ? (state.referrals.get(d.referralId)?.retrospective ?? false)
              : false;
            return [d.decidedAt.slice(0, 7), d.resource?.placement ?? "", retrospective] as const;
          }),
      ).map(({ keys: [month, placement, retrospective], count }) => ({
        month,
        placement,
        retrospective,
        count,
      })),
  };
  return {
    referralCounts: (range) => Promise.resolve(counts.referralCounts(range)),
    referralReasons: (range) => Promise.resolve(counts.referralReasons(range)),
    reviewCounts: (range) => Promise.resolve(counts.reviewCounts(range)),
    unmetNeedCounts: (range) => Promise.resolve(counts.unmetNeedCounts(range)),
    capacityRefusalCounts: (range) => Promise.resolve(counts.capacityRefusalCounts(range)),
    placementCounts: (range) => Promise.resolve(counts.placementCounts(range)),
    redCounts: (range) => Promise.resolve(counts.redCounts(range)),
    listedCounts: (range) => Promise.resolve(counts.listedCounts(range)),
    timeOnList: (range) => Promise.resolve(counts.timeOnList(range)),
    suppressionThreshold: () => Promise.resolve(state.reportSettings.get("reports") ?? null),
    setSuppressionThreshold: (threshold) => {
      state.reportSettings.set("reports", threshold);
      return Promise.resolve();
    },
  };
}
