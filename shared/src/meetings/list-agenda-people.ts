import type { AgendaPeopleView, AgendaPersonView } from "../api/meeting-requests.js";
import type { Actor } from "../model/actor.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { loadMeetingAccess } from "./meeting-access.js";
import { MeetingCodes } from "./meeting-codes.js";

/**
 * The people the chair or coordinator of a meeting's panel may name as an item's presenter or invite to
 * one item: the people who sit on the panel (with the agency they represent on it), the referrers of the referrals on
 * the agenda, and anyone already named on an item. Names only, sorted by name. Anyone else gets the answer
 * an unknown meeting gets.
 */
export async function listAgendaPeople(
  deps: UseCaseDeps,
  actor: Actor,
  input: { meetingId: string },
): Promise<Result<AgendaPeopleView>> {
  return deps.store.read(async (tx) => {
    const access = await loadMeetingAccess(tx, actor.personId, input.meetingId);
    if (!access.ok) return access;
    const { meeting, panel, viewer, items } = access.value;
    if (viewer !== "manager") {
      return fail(
        MeetingCodes.notFound,
        "That meeting was not found, or it is not a meeting of your panels.",
      );
    }
    const memberships = await tx.panels.members(panel.id);
    const agencyOnPanel = new Map(memberships.map((m) => [m.personId, m.agency]));
    // Sitting on the panel: any role but referrer (referrers come in through their referrals).
    const sitting = new Set(
      memberships.filter((m) => m.roles.some((role) => role !== "referrer")).map((m) => m.personId),
    );
    const others = new Set<string>();
    for (const item of items) {
      if (item.referralId) {
        const referral = await tx.referrals.get(item.referralId);
        if (referral) others.add(referral.referrerId);
      }
      if (item.presenterId) others.add(item.presenterId);
      for (const id of item.invitedPersonIds) others.add(id);
    }
    const people: AgendaPersonView[] = [];
    for (const id of new Set([...sitting, ...others])) {
      const person = await tx.people.get(id);
      if (!person) continue;
      people.push({
        id,
        displayName: person.displayName,
        agency: agencyOnPanel.get(id) ?? person.agency,
        onPanel: sitting.has(id),
      });
    }
    people.sort((a, b) => a.displayName.localeCompare(b.displayName, "en-GB") || a.id.localeCompare(b.id));
    return ok({ meetingId: meeting.id, people });
  });
}
