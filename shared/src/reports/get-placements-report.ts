import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { loadReportAccess } from "./report-access.js";
import { checkReportRange, monthsOf, type MonthRange } from "./report-range.js";
import type { Report } from "./report-table.js";
import { suppressedTable } from "./suppress-counts.js";
import { loadSuppressionThreshold } from "./suppression-threshold.js";

const columns = ["Planned", "Unplanned", "Retrospectively agreed"];

/**
 * ISG purchased placements agreed per month (002 B 4.1, 4.3): planned, unplanned (placed before the ISG heard
 * the case) and retrospectively agreed (an urgent request heard afterwards). For the June annual report, ask
 * for `annualReportPeriod(year)`.
 */
export async function getPlacementsReport(
  deps: UseCaseDeps,
  actor: Actor,
  panelId: string,
  period: MonthRange,
): Promise<Result<Report>> {
  const range = checkReportRange(period);
  if (!range.ok) return range;
  return deps.store.read(async (tx) => {
    const panel = await loadReportAccess(tx, actor, panelId);
    if (!panel.ok) return panel;
    const counts = await tx.reports.placementCounts({ panelId, ...range.value });
    const threshold = await loadSuppressionThreshold(tx);
    const column = (placement: string, retrospective: boolean) =>
      retrospective ? columns[2]! : placement === "unplanned" ? columns[1]! : columns[0]!;
    return ok({
      kind: "placements",
      title: "Purchased placements",
      panelId,
      panelName: panel.value.name,
      ...range.value,
      suppressedBelow: threshold,
      tables: [
        suppressedTable(
          {
            id: "placements",
            title: "Purchased placements agreed",
            rowHeading: "Month",
            rowOrder: monthsOf(range.value),
            columnOrder: columns,
            counts: counts.map((c) => ({
              row: c.month,
              column: column(c.placement, c.retrospective),
              count: c.count,
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
