import { rolesOn } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { Panel } from "../model/panel.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { ReportCodes } from "./report-codes.js";

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
