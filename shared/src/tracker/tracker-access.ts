import { rolesOn } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { Panel } from "../model/panel.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { TrackerCodes } from "./tracker-codes.js";

/**
 * How a person sees a panel's tracker: `panel` (its chair, coordinator or a member: every young person, with
 * names, for the panel's purpose, 004 Confidentiality) or `worker` (a social worker who rates young people on
 * it and holds no panel role: their own young people only). `manager` is a chair or coordinator.
 */
export interface TrackerAccess {
  panel: Panel;
  scope: "panel" | "worker";
  manager: boolean;
}

const notFound = () =>
  fail(ErrorCodes.notFound, "That panel was not found, or you have no part in its tracker.");

export async function loadTrackerAccess(
  tx: StoreTx,
  actor: Actor,
  panelId: string,
): Promise<Result<TrackerAccess>> {
  const panel = await tx.panels.get(panelId);
  if (!panel) return notFound();
  const roles = rolesOn(await tx.panels.membershipsOf(actor.personId), actor.personId, panelId);
  const manager = roles.includes("chair") || roles.includes("coordinator");
  let scope: TrackerAccess["scope"] | null = null;
  if (manager || roles.includes("member")) scope = "panel";
  else if ((await tx.caseload.panelsOfWorker(actor.personId)).includes(panelId)) scope = "worker";
  if (!scope) return notFound();
  if (panel.preset !== "cic-hrp") {
    return fail(TrackerCodes.notTrackerPanel, `${panel.name} keeps no monthly tracker.`);
  }
  return ok({ panel, scope, manager });
}

/** Chairs and coordinators only: completion, import. */
export async function loadTrackerManagerAccess(
  tx: StoreTx,
  actor: Actor,
  panelId: string,
): Promise<Result<TrackerAccess>> {
  const access = await loadTrackerAccess(tx, actor, panelId);
  if (!access.ok) return access;
  if (!access.value.manager) {
    return fail(ErrorCodes.forbidden, "Only the panel's chair or coordinator can do that.");
  }
  return access;
}
