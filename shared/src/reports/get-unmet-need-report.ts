import { resourceKinds } from "../model/decision.js";
import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { readPanelReport } from "./report-access.js";
import { capacityRefusalReasonLabels, capacityRefusalReasons } from "../model/capacity-refusal.js";
import { capacityRefusalReasonLabel, resourceLabel } from "./report-labels.js";
import { monthsOf, type MonthRange } from "./report-range.js";
import { withSeen, type Report } from "./report-table.js";
import { suppressedTable } from "./suppress-counts.js";
import { loadSuppressionThreshold } from "./suppression-threshold.js";

/**
 * The unmet need register over time (000 4c): resources agreed but unavailable, per month and resource; and
 * third-sector capacity refusals (002 Appendix 2), per month of the refusal and reason.
 */
export async function getUnmetNeedReport(
  deps: UseCaseDeps,
  actor: Actor,
  panelId: string,
  period: MonthRange,
): Promise<Result<Report>> {
  return readPanelReport(deps, actor, panelId, period, async (tx, panel, range) => {
    const counts = await tx.reports.unmetNeedCounts({ panelId, ...range });
    const refusals = await tx.reports.capacityRefusalCounts({ panelId, ...range });
    const threshold = await loadSuppressionThreshold(tx);
    const seen = counts.map((c) => resourceLabel(c.resource));
    const columns = withSeen(
      resourceKinds.map(resourceLabel).filter((label) => seen.includes(label)),
      seen,
    );
    return ok({
      kind: "unmet-need",
      title: "Unmet need register",
      panelId,
      panelName: panel.name,
      ...range,
      suppressedBelow: threshold,
      tables: [
        suppressedTable(
          {
            id: "unmet-need",
            title: "Resources agreed but not available",
            rowHeading: "Month",
            rowOrder: monthsOf(range),
            columnOrder: columns,
            counts: counts.map((c) => ({ row: c.month, column: resourceLabel(c.resource), count: c.count })),
          },
          threshold,
        ),
        suppressedTable(
          {
            id: "capacity-refusals",
            title: "Third-sector capacity refusals",
            rowHeading: "Month",
            rowOrder: monthsOf(range),
            columnOrder: capacityRefusalReasons.map((reason) => capacityRefusalReasonLabels[reason]),
            counts: refusals.map((c) => ({
              row: c.month,
              column: capacityRefusalReasonLabel(c.reason),
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
