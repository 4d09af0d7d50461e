import { canScreen } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { sharingStatus, type SharingStatusView } from "./get-meeting-outcomes.js";

export interface OutstandingSharingView {
  panelId: string;
  /** Oldest meeting first: whose sharing with the family is still to be recorded, by case reference. */
  outstanding: (SharingStatusView & { meetingId: string; meetingStartsAt: string })[];
}

/** Across the panel's meetings, the decisions whose sharing with the family is not yet recorded (002 A 6.6). */
export async function listOutstandingFamilySharing(
  deps: UseCaseDeps,
  actor: Actor,
  input: { panelId: string },
): Promise<Result<OutstandingSharingView>> {
  return deps.store.read(async (tx) => {
    const memberships = await tx.panels.membershipsOf(actor.personId);
    if (!(await tx.panels.get(input.panelId)) || !canScreen(memberships, actor.personId, input.panelId)) {
      return fail(ErrorCodes.notFound, "That panel was not found, or you do not chair it.");
    }
    const meetings = (await tx.meetings.listByPanel(input.panelId)).sort((a, b) =>
      a.startsAt.localeCompare(b.startsAt),
    );
    const items = (await Promise.all(meetings.map((m) => tx.agenda.listForMeeting(m.id)))).flat();
    const decisions = (await tx.votes.decisionsOfItems(items.map((i) => i.id))).filter((d) => d.referralId);
    const shared = await tx.familySharing.ofDecisions(decisions.map((d) => d.id));
    const outstanding: OutstandingSharingView["outstanding"] = [];
    for (const meeting of meetings) {
      for (const decision of decisions.filter((d) => d.meetingId === meeting.id)) {
        if (shared.some((s) => s.decisionId === decision.id)) continue;
        const item = items.find((i) => i.id === decision.agendaItemId);
        const status = item ? await sharingStatus(tx, decision, item, shared) : null;
        if (status) outstanding.push({ ...status, meetingId: meeting.id, meetingStartsAt: meeting.startsAt });
      }
    }
    return ok({ panelId: input.panelId, outstanding });
  });
}
