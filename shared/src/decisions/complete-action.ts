import { canRunMeeting } from "../auth/policies.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import type { ActionItem } from "../model/action.js";
import type { Actor } from "../model/actor.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { ActionCodes } from "./decision-codes.js";

/** The action's owner, or the panel's chair or coordinator, marks it done; a second click says it already is. */
export async function completeAction(
  deps: UseCaseDeps,
  actor: Actor,
  input: { actionId: string },
): Promise<Result<ActionItem>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const action = await tx.actions.get(input.actionId);
    const memberships = await tx.panels.membershipsOf(actor.personId);
    const chairs = action ? canRunMeeting(memberships, actor.personId, action.panelId) : false;
    if (!action || (action.ownerId !== actor.personId && !chairs)) {
      if (action && memberships.some((m) => m.panelId === action.panelId)) {
        return fail(
          ActionCodes.notOwnerOrChair,
          "Only the action's owner or the panel's chair can mark it done.",
        );
      }
      return fail(ActionCodes.notFound, "That action could not be found.");
    }
    if (!(await tx.actions.complete(action.id, actor.personId, at))) {
      return fail(ActionCodes.alreadyDone, "This action is already done.");
    }
    await tx.audit.append(
      meetingAudit(deps, actor, "action.completed", { type: "meeting", id: action.meetingId }, at, {
        actionId: action.id,
      }),
    );
    return ok({ ...action, done: true, completedAt: at, completedById: actor.personId });
  });
}
