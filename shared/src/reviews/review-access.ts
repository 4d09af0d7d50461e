import { rolesOn } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { Panel } from "../model/panel.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { ReviewCodes } from "./review-codes.js";
import { defaultReviewIntervalMonths } from "./review-schedule.js";

/** A CIN review panel as one of its chair, coordinator (`manager`) or members sees it. */
export interface ReviewAccess {
  panel: Panel;
  manager: boolean;
  intervalMonths: number;
}

const notFound = () =>
  fail(ErrorCodes.notFound, "That panel was not found, or you are not one of its members.");

/** The panel's chair, coordinator or members only; anyone else is told it was not found. */
export async function loadReviewAccess(
  tx: StoreTx,
  actor: Actor,
  panelId: string,
): Promise<Result<ReviewAccess>> {
  const panel = await tx.panels.get(panelId);
  if (!panel) return notFound();
  const roles = rolesOn(await tx.panels.membershipsOf(actor.personId), actor.personId, panelId);
  const manager = roles.includes("chair") || roles.includes("coordinator");
  if (!manager && !roles.includes("member")) return notFound();
  if (panel.preset !== "cin-review") {
    return fail(ReviewCodes.notReviewPanel, `${panel.name} does not review Child in Need plans.`);
  }
  const intervalMonths = panel.settings.reviewIntervalMonths ?? defaultReviewIntervalMonths;
  return ok({ panel, manager, intervalMonths });
}

/** Chairs and coordinators only: recording outcomes, starting plans. */
export async function loadReviewManagerAccess(
  tx: StoreTx,
  actor: Actor,
  panelId: string,
): Promise<Result<ReviewAccess>> {
  const access = await loadReviewAccess(tx, actor, panelId);
  if (!access.ok) return access;
  if (!access.value.manager) {
    return fail(ErrorCodes.forbidden, "Only the panel's chair or coordinator can do that.");
  }
  return access;
}
