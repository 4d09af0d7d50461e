import type { MeetingSummaryView } from "../api/meeting-requests.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { viewerOf } from "./meeting-access.js";
import { meetingSummary } from "./meeting-summary.js";

/**
 * A panel's meetings, soonest first: all of them for its chairs, coordinators and members; for someone
 * invited to an item, the meetings they attend.
 */
export async function listPanelMeetings(
  deps: UseCaseDeps,
  actor: Actor,
  input: { panelId: string },
): Promise<Result<{ meetings: MeetingSummaryView[] }>> {
  return deps.store.read(async (tx) => {
    const panel = await tx.panels.get(input.panelId);
    const memberships = await tx.panels.membershipsOf(actor.personId);
    const visible: MeetingSummaryView[] = [];
    for (const meeting of panel ? await tx.meetings.listByPanel(panel.id) : []) {
      const items = await tx.agenda.listForMeeting(meeting.id);
      if (viewerOf(memberships, actor.personId, meeting.panelId, items)) {
        visible.push(meetingSummary(meeting, panel!));
      }
    }
    if (!panel || (visible.length === 0 && memberships.every((m) => m.panelId !== panel.id))) {
      return fail(ErrorCodes.forbidden, "You are not a member of that panel.");
    }
    return ok({ meetings: visible });
  });
}
