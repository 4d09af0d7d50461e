import type { AgendaView } from "../api/meeting-requests.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { AgendaItem } from "../model/meeting.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { changeAgenda, versionConflict, writeOrder } from "./agenda-change.js";
import type { MeetingAccess } from "./meeting-access.js";
import { MeetingCodes } from "./meeting-codes.js";
import { withAppended } from "./standing-items.js";

export interface MoveAgendaItemInput {
  meetingId: string;
  version: number;
  itemId: string;
  /** A planned, future meeting of the same panel. */
  toMeetingId: string;
}

/** The chair or coordinator moves an item to another meeting of the panel (before its any other business). */
export function moveAgendaItem(
  deps: UseCaseDeps,
  actor: Actor,
  input: MoveAgendaItemInput,
): Promise<Result<AgendaView>> {
  return changeAgenda(
    deps,
    actor,
    { meetingId: input.meetingId, version: input.version, action: "meeting.agenda-item-moved" },
    async (tx, access, at) => {
      const item = access.items.find((candidate) => candidate.id === input.itemId);
      if (!item) return fail(MeetingCodes.itemNotFound, "That item is not on this meeting's agenda.");
      return moveItem(tx, access, item, input.toMeetingId, at);
    },
  );
}

/** Moves the item, and its referral's meeting, to the target meeting; both agendas' versions advance. */
export async function moveItem(
  tx: StoreTx,
  access: MeetingAccess,
  item: AgendaItem,
  toMeetingId: string,
  at: string,
): Promise<Result<void>> {
  const target = await tx.meetings.get(toMeetingId);
  if (
    !target ||
    target.id === access.meeting.id ||
    target.panelId !== access.meeting.panelId ||
    target.state !== "planned" ||
    target.startsAt <= at
  ) {
    return fail(MeetingCodes.moveTargetInvalid, "Move it to another planned, future meeting of this panel.");
  }
  const targetVersion = (await tx.agendaRecords.get(target.id))?.version ?? 0;
  if (!(await tx.agendaRecords.advance(target.id, targetVersion))) return versionConflict();
  const targetItems = await tx.agenda.listForMeeting(target.id);
  if (item.referralId && targetItems.some((other) => other.referralId === item.referralId)) {
    return fail(MeetingCodes.alreadyListed, "That case is already on the other meeting's agenda.");
  }
  const moved: AgendaItem = { ...item, meetingId: target.id, position: targetItems.length + 1 };
  await tx.agenda.update(moved);
  await writeOrder(tx, withAppended(targetItems, [moved]));
  await writeOrder(
    tx,
    access.items.filter((other) => other.id !== item.id),
  );
  if (item.referralId) {
    const referral = await tx.referrals.get(item.referralId);
    if (referral && referral.meetingId !== target.id) {
      const updated = { ...referral, meetingId: target.id, updatedAt: at, version: referral.version + 1 };
      if (!(await tx.referrals.update(updated, referral.version))) {
        return fail(ErrorCodes.conflict, "Someone changed this referral at the same time. Try again.");
      }
    }
  }
  return ok(undefined);
}
