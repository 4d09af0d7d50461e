import type { AgendaView } from "../api/meeting-requests.js";
import type { Actor } from "../model/actor.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { checkPeople } from "./agenda-people.js";
import { changeAgenda } from "./agenda-change.js";
import { MeetingCodes } from "./meeting-codes.js";
import { moveItem } from "./move-agenda-item.js";

export interface UpdateAgendaItemInput {
  meetingId: string;
  version: number;
  itemId: string;
  /** Minutes for the item; null when it is not presented (no slot). */
  slotMinutes?: number | null;
  presenterId?: string | null;
  /** Replaces the people invited to this item only. */
  invitedPersonIds?: string[];
  /** Moves the item to another planned meeting of the panel, after the other changes. */
  moveToMeetingId?: string;
}

/** The chair or coordinator sets an item's slot, presenter and invitees, or moves it to another meeting. */
export function updateAgendaItem(
  deps: UseCaseDeps,
  actor: Actor,
  input: UpdateAgendaItemInput,
): Promise<Result<AgendaView>> {
  return changeAgenda(
    deps,
    actor,
    { meetingId: input.meetingId, version: input.version, action: "meeting.agenda-item-changed" },
    async (tx, access, at) => {
      const item = access.items.find((candidate) => candidate.id === input.itemId);
      if (!item) return fail(MeetingCodes.itemNotFound, "That item is not on this meeting's agenda.");
      const unknown = await checkPeople(tx, input);
      if (unknown) return unknown;
      const changed = {
        ...item,
        ...(input.slotMinutes !== undefined ? { slotMinutes: input.slotMinutes } : {}),
        ...(input.presenterId !== undefined ? { presenterId: input.presenterId } : {}),
        ...(input.invitedPersonIds !== undefined
          ? { invitedPersonIds: [...new Set(input.invitedPersonIds)] }
          : {}),
      };
      await tx.agenda.update(changed);
      if (input.moveToMeetingId === undefined) return ok(undefined);
      const items = access.items.map((other) => (other.id === changed.id ? changed : other));
      return moveItem(tx, { ...access, items }, changed, input.moveToMeetingId, at);
    },
  );
}
