import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { readPanelReport } from "./report-access.js";
import {
  agencyLabel,
  establishmentLabel,
  indicatorOrder,
  plainLabel,
  reviewOutcomeOrder,
  stateOrder,
} from "./report-labels.js";
import { monthsOf, type MonthRange } from "./report-range.js";
import { withSeen, type Report } from "./report-table.js";
import { suppressedTable } from "./suppress-counts.js";
import { loadSuppressionThreshold } from "./suppression-threshold.js";

/**
 * The minimum data set (002 A 7.2): referrals per month by source (establishment, referrer agency), by reason
 * (SHANARRI indicator) and by outcome; case reviews; and referrals by establishment against outcome. Counts
 * only, small ones suppressed: chair or coordinator.
 */
export async function getMinimumDataSet(
  deps: UseCaseDeps,
  actor: Actor,
  panelId: string,
  period: MonthRange,
): Promise<Result<Report>> {
  return readPanelReport(deps, actor, panelId, period, async (tx, panel, range) => {
    const query = { panelId, ...range };
    const referrals = await tx.reports.referralCounts(query);
    const reasons = await tx.reports.referralReasons(query);
    const reviews = await tx.reports.reviewCounts(query);
    const threshold = await loadSuppressionThreshold(tx);
    const months = monthsOf(range);
    const establishments = withSeen(
      [],
      referrals.map((r) => establishmentLabel(r.establishment)),
    ).sort();
    const agencies = withSeen(
      [],
      referrals.map((r) => agencyLabel(r.agency)),
    ).sort();
    const states = stateOrder.map(plainLabel);
    const byMonth = (
      id: string,
      title: string,
      columnOrder: string[],
      counts: { row: string; column: string; count: number }[],
    ) =>
      suppressedTable({ id, title, rowHeading: "Month", rowOrder: months, columnOrder, counts }, threshold);
    const referralTables = [
      byMonth(
        "by-establishment",
        "Referrals by establishment",
        establishments,
        referrals.map((r) => ({
          row: r.month,
          column: establishmentLabel(r.establishment),
          count: r.count,
        })),
      ),
      byMonth(
        "by-agency",
        "Referrals by referrer's agency",
        agencies,
        referrals.map((r) => ({ row: r.month, column: agencyLabel(r.agency), count: r.count })),
      ),
      byMonth(
        "by-reason",
        "Referrals by reason (SHANARRI indicator)",
        withSeen(
          indicatorOrder.map(plainLabel),
          reasons.map((r) => plainLabel(r.indicator)),
        ),
        reasons.map((r) => ({ row: r.month, column: plainLabel(r.indicator), count: r.count })),
      ),
      byMonth(
        "by-outcome",
        "Referrals by outcome",
        states,
        referrals.map((r) => ({ row: r.month, column: plainLabel(r.state), count: r.count })),
      ),
      suppressedTable(
        {
          id: "establishment-by-outcome",
          title: "Referrals by establishment and outcome",
          rowHeading: "Establishment",
          rowOrder: establishments,
          columnOrder: states,
          counts: referrals.map((r) => ({
            row: establishmentLabel(r.establishment),
            column: plainLabel(r.state),
            count: r.count,
          })),
        },
        threshold,
      ),
    ];
    const reviewTable = byMonth(
      "reviews",
      "Case reviews by outcome",
      withSeen(
        reviewOutcomeOrder.map(plainLabel),
        reviews.map((r) => plainLabel(r.outcome)),
      ),
      reviews.map((r) => ({ row: r.month, column: plainLabel(r.outcome), count: r.count })),
    );
    // A panel that takes no referrals (CIN reviews, 003) has no referral tables; case reviews show where
    // the panel holds them.
    const tables = [
      ...(panel.settings.acceptsReferrals ? referralTables : []),
      ...(panel.preset === "cin-review" || reviews.length > 0 ? [reviewTable] : []),
    ];
    return ok({
      kind: "minimum-data-set",
      title: "Minimum data set",
      panelId,
      panelName: panel.name,
      ...range,
      suppressedBelow: threshold,
      tables,
      textTables: [],
      notes: [],
    });
  });
}
