import type { RedListView } from "../api/tracker-requests.js";
import { ukLocalDate } from "../calendar/iso-date.js";
import { loadMeetingAccess } from "../meetings/meeting-access.js";
import { MeetingCodes } from "../meetings/meeting-codes.js";
import type { Actor } from "../model/actor.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { trackerReference } from "./list-due-on-agenda.js";
import { childAuditEntries } from "./tracker-audit.js";
import { monthsEnding } from "./tracker-months.js";
import { displayNameOf, dueListings, groupByChild } from "./tracker-rows.js";

/**
 * A meeting's red list: the young people on its agenda from the tracker, with names, worker, and the areas and
 * months that listed them. The panel's members, chair and coordinator only (names are shared for the panel's
 * purpose, 004 Confidentiality), not attendees invited to one item; each young person shown is audited.
 */
export async function getRedList(
  deps: UseCaseDeps,
  actor: Actor,
  input: { meetingId: string },
): Promise<Result<RedListView>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const access = await loadMeetingAccess(tx, actor.personId, input.meetingId);
    if (!access.ok) return access;
    if (access.value.viewer === "attendee") {
      return fail(
        MeetingCodes.notFound,
        "That meeting was not found, or it is not a meeting of your panels.",
      );
    }
    const { meeting, items } = access.value;
    const listed = items.filter((item) => item.source === "red-list" && item.childId);
    const ids = new Set(listed.map((item) => item.childId!));
    const tracked = new Map(
      (await tx.caseload.listForPanel(meeting.panelId))
        .filter((child) => ids.has(child.childId))
        .map((child) => [child.childId, child]),
    );
    const months = monthsEnding(ukLocalDate(meeting.startsAt).slice(0, 7), 12);
    const entries = groupByChild(
      (await tx.ratings.entriesBetween(meeting.panelId, months[0]!, months.at(-1)!)).filter((entry) =>
        ids.has(entry.childId),
      ),
    );
    const children = new Map<string, { givenName: string; familyName: string }>();
    for (const id of ids) {
      const child = tracked.get(id) ?? (await tx.children.get(id));
      if (child) children.set(id, child);
    }
    const youngPeople = listed.map((item) => {
      const childId = item.childId!;
      const child = tracked.get(childId);
      const latest = dueListings(entries.get(childId) ?? [], months).at(-1);
      const named = children.get(childId);
      return {
        agendaItemId: item.id,
        childId,
        reference: trackerReference(childId),
        displayName: named ? displayNameOf(named) : trackerReference(childId),
        worker: child ? { id: child.workerId, name: child.workerName } : null,
        team: child?.team ?? null,
        due: latest ? { month: latest.month, areas: latest.areas } : null,
      };
    });
    await tx.audit.appendMany(
      childAuditEntries(deps, actor, "tracker.red-list-viewed", [...ids], at, { meetingId: meeting.id }),
    );
    return ok({ meetingId: meeting.id, panelId: meeting.panelId, startsAt: meeting.startsAt, youngPeople });
  });
}
