import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { readPanelReport } from "./report-access.js";
import { monthsOf, type MonthRange } from "./report-range.js";
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
  return readPanelReport(deps, actor, panelId, period, async (tx, panel, range) => {
    const counts = await tx.reports.placementCounts({ panelId, ...range });
    const threshold = await loadSuppressionThreshold(tx);
    const column = (placement: string, retrospective: boolean) =>
      retrospective ? columns[2]! : placement === "unplanned" ? columns[1]! : columns[0]!;
    return ok({
      kind: "placements",
      title: "Purchased placements",
      panelId,
      panelName: panel.name,
      ...range,
      suppressedBelow: threshold,
      tables: [
        suppressedTable(
          {
            id: "placements",
            title: "Purchased placements agreed",
            rowHeading: "Month",
            rowOrder: monthsOf(range),
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
