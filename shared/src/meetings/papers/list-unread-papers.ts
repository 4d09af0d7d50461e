import type { PersonRef, UnreadPapersView } from "../../api/meeting-requests.js";
import type { Actor } from "../../model/actor.js";
import { ErrorCodes } from "../../model/errors.js";
import { fail, ok, type Result } from "../../model/result.js";
import type { UseCaseDeps } from "../../use-case-deps.js";
import { attendsItem, loadMeetingAccess } from "../meeting-access.js";
import { papersByItem } from "./paper-view.js";

/**
 * For the chair or coordinator: each paper of the meeting with who may read it (the panel's chairs,
 * coordinators and members, and that item's invitees and presenter) but has not opened it through Convenor.
 */
export async function listUnreadPapers(
  deps: UseCaseDeps,
  actor: Actor,
  input: { meetingId: string },
): Promise<Result<UnreadPapersView>> {
  return deps.store.read(async (tx) => {
    const access = await loadMeetingAccess(tx, actor.personId, input.meetingId);
    if (!access.ok) return access;
    if (access.value.viewer !== "manager") {
      return fail(
        ErrorCodes.forbidden,
        "Only the panel's chair or coordinator sees who has read the papers.",
      );
    }
    const { panel, items } = access.value;
    const members = (await tx.panels.members(panel.id))
      .filter((m) => m.roles.some((role) => role === "chair" || role === "coordinator" || role === "member"))
      .map((m) => m.personId);
    const people = new Map<string, PersonRef>();
    for (const id of new Set([
      ...members,
      ...items.flatMap((i) => [...i.invitedPersonIds, i.presenterId ?? ""]),
    ])) {
      if (!id) continue;
      const person = await tx.people.get(id);
      people.set(id, { id, displayName: person?.displayName ?? "Unknown" });
    }
    const byItem = await papersByItem(tx, items);
    const allPapers = [...byItem.values()].flat();
    const reads = await tx.papers.readsOf(allPapers.map((paper) => paper.id));
    const papers = items.flatMap((item) =>
      (byItem.get(item.id) ?? []).map((paper) => {
        const readers = new Set(reads.filter((r) => r.paperId === paper.id).map((r) => r.personId));
        const mayRead = [...people.keys()].filter((id) => members.includes(id) || attendsItem(id, item));
        const notRead = mayRead
          .filter((id) => !readers.has(id))
          .map((id) => people.get(id)!)
          .sort((a, b) => a.displayName.localeCompare(b.displayName));
        return { paper, itemTitle: item.title, notRead, readCount: readers.size };
      }),
    );
    return ok({ meetingId: access.value.meeting.id, papers });
  });
}
