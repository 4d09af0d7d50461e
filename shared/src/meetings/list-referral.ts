import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { AgendaItem } from "../model/meeting.js";
import type { Referral } from "../model/referral.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { referralAudit } from "../referrals/referral-records.js";
import { transition } from "../referrals/referral-state-machine.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import type { MeetingAccess } from "./meeting-access.js";
import { MeetingCodes } from "./meeting-codes.js";

/** Accepted referrals wait to be listed; deferred ones come back to a later meeting. */
export const listableStates: readonly Referral["state"][] = ["accepted", "deferred"];

/**
 * Lists a referral of the meeting's panel as a case item at the end of the agenda: the item shows its case
 * reference only, with the panel's case slot and the referrer as presenter; the referral becomes
 * `scheduled` for this meeting. Does not reorder: the caller places the item.
 */
export async function listReferral(
  deps: UseCaseDeps,
  actor: Actor,
  tx: StoreTx,
  access: MeetingAccess,
  referralId: string,
  at: string,
): Promise<Result<AgendaItem>> {
  const { meeting, panel, items } = access;
  const referral = await tx.referrals.get(referralId);
  if (!referral || referral.panelId !== panel.id) {
    return fail(MeetingCodes.referralNotListable, "That is not a referral of this panel.");
  }
  if (referral.state === "scheduled" || items.some((item) => item.referralId === referral.id)) {
    return fail(MeetingCodes.alreadyListed, "That case is already on an agenda: move it instead.");
  }
  if (!listableStates.includes(referral.state)) {
    return fail(
      MeetingCodes.referralNotListable,
      `A ${referral.state} referral cannot be listed: only accepted or deferred ones.`,
    );
  }
  const item: AgendaItem = {
    id: newIdFrom(deps),
    meetingId: meeting.id,
    position: items.length + 1,
    source:
      referral.state === "deferred" ? "deferred" : referral.retrospective ? "retrospective" : "referral",
    title: referral.reference ?? referral.id,
    referralId: referral.id,
    childId: referral.childId || null,
    slotMinutes: panel.settings.caseSlotMinutes,
    presenterId: referral.referrerId,
    invitedPersonIds: [],
  };
  const scheduled = transition(referral, "scheduled", {
    byPersonId: actor.personId,
    at,
    reason: `Listed on the agenda of ${meeting.startsAt.slice(0, 10)}`,
  });
  if (!scheduled.ok) return scheduled;
  const stored: Referral = { ...scheduled.value, meetingId: meeting.id };
  if (!(await tx.referrals.update(stored, referral.version))) {
    return fail(ErrorCodes.conflict, "Someone changed this referral at the same time. Try again.");
  }
  await tx.agenda.insert(item);
  await tx.audit.append(referralAudit(deps, actor, "referral.scheduled", stored, at));
  return ok(item);
}
