import type { AgendaView } from "../api/meeting-requests.js";
import { maxAgendaItems } from "../api/meeting-requests.js";
import type { Actor } from "../model/actor.js";
import type { AgendaItem } from "../model/meeting.js";
import { fail, ok, type Result } from "../model/result.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { checkPeople } from "./agenda-people.js";
import { changeAgenda, writeOrder } from "./agenda-change.js";
import { listReferral } from "./list-referral.js";
import { MeetingCodes } from "./meeting-codes.js";
import { withAppended } from "./standing-items.js";

export type AddAgendaItemInput = { meetingId: string; version: number } & (
  | { kind: "topic"; title: string; slotMinutes?: number | null; presenterId?: string | null }
  | {
      kind: "referral";
      referralId: string;
      slotMinutes?: number | null;
      presenterId?: string | null;
      invitedPersonIds?: string[];
    }
);

/**
 * The chair or coordinator adds a topic, or lists an accepted or deferred referral of the panel (by its
 * reference). The item goes before any other business.
 */
export function addAgendaItem(
  deps: UseCaseDeps,
  actor: Actor,
  input: AddAgendaItemInput,
): Promise<Result<AgendaView>> {
  return changeAgenda(
    deps,
    actor,
    { meetingId: input.meetingId, version: input.version, action: "meeting.agenda-item-added" },
    async (tx, access, at) => {
      if (access.items.length >= maxAgendaItems) {
        return fail(MeetingCodes.tooManyItems, `An agenda holds at most ${maxAgendaItems} items.`);
      }
      const unknown = await checkPeople(
        tx,
        input.kind === "referral" ? input : { presenterId: input.presenterId },
      );
      if (unknown) return unknown;
      let item: AgendaItem;
      if (input.kind === "topic") {
        item = {
          id: newIdFrom(deps),
          meetingId: access.meeting.id,
          position: access.items.length + 1,
          source: "standing",
          title: input.title.trim(),
          referralId: null,
          childId: null,
          slotMinutes: input.slotMinutes ?? null,
          presenterId: input.presenterId ?? null,
          invitedPersonIds: [],
        };
        await tx.agenda.insert(item);
      } else {
        const listed = await listReferral(deps, actor, tx, access, input.referralId, at);
        if (!listed.ok) return listed;
        item = {
          ...listed.value,
          ...(input.slotMinutes !== undefined ? { slotMinutes: input.slotMinutes } : {}),
          ...(input.presenterId !== undefined ? { presenterId: input.presenterId } : {}),
          invitedPersonIds: [...new Set(input.invitedPersonIds ?? [])],
        };
        await tx.agenda.update(item);
      }
      await writeOrder(tx, withAppended(access.items, [item]));
      return ok(undefined);
    },
  );
}
