import type { AgendaView } from "../api/meeting-requests.js";
import type { Actor } from "../model/actor.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { changeAgenda, writeOrder } from "./agenda-change.js";
import { MeetingCodes } from "./meeting-codes.js";

export interface ReorderAgendaInput {
  meetingId: string;
  /** The agenda version the chair reordered. */
  version: number;
  /** Every item of the agenda, once each, in the new order. */
  itemIds: string[];
}

/** The chair or coordinator puts the agenda in a new order. */
export function reorderAgenda(
  deps: UseCaseDeps,
  actor: Actor,
  input: ReorderAgendaInput,
): Promise<Result<AgendaView>> {
  return changeAgenda(
    deps,
    actor,
    { meetingId: input.meetingId, version: input.version, action: "meeting.agenda-reordered" },
    async (tx, { items }) => {
      const byId = new Map(items.map((item) => [item.id, item]));
      const sameSet =
        input.itemIds.length === items.length &&
        new Set(input.itemIds).size === items.length &&
        input.itemIds.every((id) => byId.has(id));
      if (!sameSet) {
        return fail(
          MeetingCodes.orderMismatch,
          "The new order must list every item of the agenda once. Reload the agenda and try again.",
        );
      }
      await writeOrder(
        tx,
        input.itemIds.map((id) => byId.get(id)!),
      );
      return ok(undefined);
    },
  );
}
