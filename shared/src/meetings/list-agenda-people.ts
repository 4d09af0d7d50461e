import type { AgendaPeopleView, AgendaPersonView } from "../api/meeting-requests.js";
import type { Actor } from "../model/actor.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { loadMeetingAccess } from "./meeting-access.js";
import { MeetingCodes } from "./meeting-codes.js";

/**
 * The people the chair or coordinator of a meeting's panel may name as an item's presenter or invite to
 * one item: the panel's people (with the agency they represent on it), the referrers of the referrals on
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
    const panelAgency = new Map((await tx.panels.members(panel.id)).map((m) => [m.personId, m.agency]));
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
    for (const id of new Set([...panelAgency.keys(), ...others])) {
      const person = await tx.people.get(id);
      if (!person) continue;
      const onPanel = panelAgency.get(id);
      people.push({
        id,
        displayName: person.displayName,
        agency: onPanel ?? person.agency,
        onPanel: onPanel !== undefined,
      });
    }
    people.sort((a, b) => a.displayName.localeCompare(b.displayName, "en-GB") || a.id.localeCompare(b.id));
    return ok({ meetingId: meeting.id, people });
  });
}
