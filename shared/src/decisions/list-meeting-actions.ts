import { ukLocalDate } from "../calendar/iso-date.js";
import { loadMeetingAccess } from "../meetings/meeting-access.js";
import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { actionsOfMeeting, openActionsOfPanel, type ActionView } from "./action-reads.js";

export interface MeetingActionsView {
  meetingId: string;
  /** Agreed at this meeting. */
  agreed: ActionView[];
  /** Not done, from the panel's earlier meetings: carried forward to this one. */
  carriedForward: ActionView[];
}

/**
 * A meeting's actions and those carried forward to it, for the meeting page. The panel's chair, coordinator and
 * members see them all; an invited attendee sees those on their own items only.
 */
export async function listMeetingActions(
  deps: UseCaseDeps,
  actor: Actor,
  input: { meetingId: string },
): Promise<Result<MeetingActionsView>> {
  const today = ukLocalDate(deps.clock.now().toISOString());
  return deps.store.read(async (tx) => {
    const access = await loadMeetingAccess(tx, actor.personId, input.meetingId);
    if (!access.ok) return access;
    const { meeting, viewer } = access.value;
    const agreed = await actionsOfMeeting(tx, meeting.id, today);
    const carriedForward = await openActionsOfPanel(tx, meeting, today);
    if (viewer !== "attendee") return ok({ meetingId: meeting.id, agreed, carriedForward });
    const own = new Set(
      access.value.items
        .filter((i) => i.invitedPersonIds.includes(actor.personId) || i.presenterId === actor.personId)
        .map((i) => i.id),
    );
    const mine = (a: ActionView) =>
      a.ownerId === actor.personId || (a.agendaItemId !== null && own.has(a.agendaItemId));
    return ok({
      meetingId: meeting.id,
      agreed: agreed.filter(mine),
      carriedForward: carriedForward.filter(mine),
    });
  });
}
