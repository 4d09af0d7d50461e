import { rolesOn } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { Panel } from "../model/panel.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { ReportCodes } from "./report-codes.js";
import { checkReportRange, type MonthRange } from "./report-range.js";
import type { Report } from "./report-table.js";

/** A panel's reports are for its chair and coordinator (they report upwards, 002 A 7.2); nobody else. */
export async function loadReportAccess(tx: StoreTx, actor: Actor, panelId: string): Promise<Result<Panel>> {
  const panel = await tx.panels.get(panelId);
  if (!panel) return fail(ErrorCodes.notFound, "That panel was not found.");
  const roles = rolesOn(await tx.panels.membershipsOf(actor.personId), actor.personId, panelId);
  if (!roles.includes("chair") && !roles.includes("coordinator")) {
    return fail(
      ReportCodes.notChairOrCoordinator,
      "Only the panel's chair or coordinator can see its reports.",
    );
  }
  return ok(panel);
}

/**
 * What every report starts with: the period checked, then, in one read, the panel and the actor's right to
 * its reports; `build` reads the counts in the same read.
 */
export async function readPanelReport(
  deps: UseCaseDeps,
  actor: Actor,
  panelId: string,
  period: MonthRange,
  build: (tx: StoreTx, panel: Panel, range: MonthRange) => Promise<Result<Report>>,
): Promise<Result<Report>> {
  const range = checkReportRange(period);
  if (!range.ok) return range;
  return deps.store.read(async (tx) => {
    const panel = await loadReportAccess(tx, actor, panelId);
    return panel.ok ? build(tx, panel.value, range.value) : panel;
  });
}
