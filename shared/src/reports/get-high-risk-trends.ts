import type { Actor } from "../model/actor.js";
import { ragAreas, type RagArea } from "../model/rating.js";
import { ok, type Result } from "../model/result.js";
import { ragAreaLabels } from "../tracker/tracker-descriptors.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { readPanelReport } from "./report-access.js";
import { monthsOf, type MonthRange } from "./report-range.js";
import type { Report } from "./report-table.js";
import { suppressedTable } from "./suppress-counts.js";
import { loadSuppressionThreshold } from "./suppression-threshold.js";

const areaLabel = (area: string) => ragAreaLabels[area as RagArea] ?? area;
const monthsLabel = (months: number) => (months === 1 ? "1 month" : `${months} months`);

/**
 * The High Risk Panel's trends (004 Analysis): reds by area per month, the young people listed by the two-reds
 * rule each month, and how many months of the period each listed young person stayed on the list.
 */
export async function getHighRiskTrends(
  deps: UseCaseDeps,
  actor: Actor,
  panelId: string,
  period: MonthRange,
): Promise<Result<Report>> {
  return readPanelReport(deps, actor, panelId, period, async (tx, panel, range) => {
    const query = { panelId, ...range };
    const reds = await tx.reports.redCounts(query);
    const listed = await tx.reports.listedCounts(query);
    const onList = await tx.reports.timeOnList(query);
    const threshold = await loadSuppressionThreshold(tx);
    const months = monthsOf(range);
    const longest = Math.max(0, ...onList.map((row) => row.months));
    return ok({
      kind: "high-risk-trends",
      title: "High Risk Panel trends",
      panelId,
      panelName: panel.name,
      ...range,
      suppressedBelow: threshold,
      tables: [
        suppressedTable(
          {
            id: "reds-by-area",
            title: "Red ratings by area",
            rowHeading: "Month",
            rowOrder: months,
            columnOrder: ragAreas.map(areaLabel),
            counts: reds.map((r) => ({ row: r.month, column: areaLabel(r.area), count: r.count })),
          },
          threshold,
        ),
        suppressedTable(
          {
            id: "listed",
            title: "Young people listed by the two-reds rule",
            rowHeading: "Month",
            rowOrder: months,
            columnOrder: ["Listed"],
            counts: listed.map((r) => ({ row: r.month, column: "Listed", count: r.count })),
          },
          threshold,
        ),
        suppressedTable(
          {
            id: "time-on-list",
            title: "Time on the list",
            rowHeading: "Months listed in the period",
            rowOrder: Array.from({ length: longest }, (_, i) => monthsLabel(i + 1)),
            columnOrder: ["Young people"],
            counts: onList.map((r) => ({
              row: monthsLabel(r.months),
              column: "Young people",
              count: r.count,
            })),
          },
          threshold,
        ),
      ],
      textTables: [],
      notes: [],
    });
  });
}
