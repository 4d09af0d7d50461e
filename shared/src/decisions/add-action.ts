import { meetingAudit } from "../meeting-room/meeting-audit.js";
import { loadMeetingAccess } from "../meetings/meeting-access.js";
import { MeetingCodes } from "../meetings/meeting-codes.js";
import type { ActionItem } from "../model/action.js";
import type { Actor } from "../model/actor.js";
import { fail, ok, type Result } from "../model/result.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { ActionCodes, DecisionCodes } from "./decision-codes.js";
import { decisionNotice, decisionNoticeKinds } from "./decision-notices.js";
import { isIsoDay } from "./iso-day.js";

/** The longest description of an action. */
export const maxActionDescription = 500;

export interface AddActionInput {
  meetingId: string;
  agendaItemId?: string | null;
  ownerId: string;
  description: string;
  /** YYYY-MM-DD, not before the meeting's day. */
  dueOn: string;
}

const problem = (field: string, code: (typeof ActionCodes)[keyof typeof ActionCodes], message: string) =>
  fail(code, message, [{ field, code, message }]);

/**
 * The chair or coordinator adds an action agreed at the meeting (optionally on one agenda item): an owner who is
 * a Convenor person and a due date, both required. The owner is sent a card in their personal chat.
 */
export async function addAction(
  deps: UseCaseDeps,
  actor: Actor,
  input: AddActionInput,
): Promise<Result<ActionItem>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const access = await loadMeetingAccess(tx, actor.personId, input.meetingId);
    if (!access.ok) return access;
    const { meeting, panel, items } = access.value;
    if (access.value.viewer !== "manager") {
      return fail(DecisionCodes.chairOnly, "Only the panel's chair or coordinator can add actions.");
    }
    const item = input.agendaItemId ? items.find((candidate) => candidate.id === input.agendaItemId) : null;
    if (input.agendaItemId && !item) {
      return fail(MeetingCodes.itemNotFound, "That agenda item is not on this meeting.");
    }
    const description = input.description.trim();
    if (!description) return problem("description", ActionCodes.descriptionRequired, "Describe the action.");
    if (description.length > maxActionDescription) {
      const message = `Keep the action to ${maxActionDescription} characters (it has ${description.length}).`;
      return problem("description", ActionCodes.descriptionRequired, message);
    }
    if (!input.ownerId.trim())
      return problem("ownerId", ActionCodes.ownerRequired, "Choose who owns the action.");
    if (!(await tx.people.get(input.ownerId))) {
      return problem("ownerId", ActionCodes.unknownOwner, "The owner must be someone known to Convenor.");
    }
    if (!input.dueOn.trim())
      return problem("dueOn", ActionCodes.dueDateRequired, "Give the date the action is due.");
    if (!isIsoDay(input.dueOn) || input.dueOn < meeting.startsAt.slice(0, 10)) {
      return problem(
        "dueOn",
        ActionCodes.dueDateInvalid,
        "The due date must be a real date, not before the meeting.",
      );
    }

    const action: ActionItem = {
      id: newIdFrom(deps),
      meetingId: meeting.id,
      panelId: panel.id,
      agendaItemId: item?.id ?? null,
      ownerId: input.ownerId,
      description,
      dueOn: input.dueOn,
      done: false,
      createdById: actor.personId,
      createdAt: at,
      completedAt: null,
      completedById: null,
    };
    await tx.actions.insert(action);
    await tx.audit.append(
      meetingAudit(
        deps,
        actor,
        "action.added",
        { type: "meeting", id: meeting.id, childId: item?.childId },
        at,
        {
          actionId: action.id,
          ownerId: action.ownerId,
        },
      ),
    );
    await tx.outbox.enqueue(
      decisionNotice(
        deps,
        actor,
        decisionNoticeKinds.actionAssigned,
        action.ownerId,
        { meetingId: meeting.id, panelId: panel.id, actionId: action.id, reference: item?.title ?? null },
        at,
      ),
    );
    return ok(action);
  });
}
