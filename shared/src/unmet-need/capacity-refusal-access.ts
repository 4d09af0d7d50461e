import { rolesOn } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { Panel, PanelRole } from "../model/panel.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { CapacityRefusalCodes } from "./capacity-refusal-codes.js";

/** Who meets third-sector refusals: the Named Persons who refer, and the panel's chair, coordinator and members. */
const recorders: readonly PanelRole[] = ["chair", "coordinator", "member", "referrer"];

/** The panel, when the actor may record and read its capacity refusals. */
export async function loadCapacityRefusalAccess(
  tx: StoreTx,
  actor: Actor,
  panelId: string,
): Promise<Result<Panel>> {
  const panel = await tx.panels.get(panelId);
  if (!panel) return fail(ErrorCodes.notFound, "That panel was not found.");
  const roles = rolesOn(await tx.panels.membershipsOf(actor.personId), actor.personId, panelId);
  if (!roles.some((role) => recorders.includes(role))) {
    return fail(
      CapacityRefusalCodes.notAllowed,
      "Only the panel's chair, coordinator, members and Named Persons can record a capacity refusal.",
    );
  }
  return ok(panel);
}
