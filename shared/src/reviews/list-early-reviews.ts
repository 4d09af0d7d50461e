import { maxAgendaItems } from "../api/meeting-limits.js";
import { meetingAudit, writeOrder } from "../meetings/agenda-change.js";
import { withAppended } from "../meetings/standing-items.js";
import type { Actor } from "../model/actor.js";
import type { AgendaItem, Meeting } from "../model/meeting.js";
import type { StoreTx } from "../ports/store.port.js";
import { AgendaChangedMeanwhile } from "../tracker/list-due-on-agenda.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { cinReference } from "./review-reference.js";

/** "Early review (CIN-1A2B3C)": why the child is on the agenda, without naming them. */
export const earlyReviewTitle = (planId: string): string => `Early review (${cinReference(planId)})`;

/**
 * The panel's pending early review requests as `review` items of `meeting` (its first planned meeting), in the
 * caller's transaction, which has already advanced the agenda's version: inserted, and the requests marked
 * listed on it. A child already listed for review there is not listed twice; a full agenda leaves the rest
 * pending. Returns the items added, for the caller to place.
 */
export async function takePendingEarlyReviews(
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  meeting: Meeting,
  items: readonly AgendaItem[],
  at: string,
): Promise<AgendaItem[]> {
  const pending = await tx.cinReviews.earlyRequests(meeting.panelId, ["pending"]);
  const listed = new Set(items.filter((item) => item.source === "review").map((item) => item.childId));
  const added: AgendaItem[] = [];
  for (const request of pending) {
    if (!listed.has(request.childId)) {
      if (items.length + added.length >= maxAgendaItems) break;
      const item: AgendaItem = {
        id: newIdFrom(deps),
        meetingId: meeting.id,
        position: items.length + added.length + 1,
        source: "review",
        title: earlyReviewTitle(request.planId),
        referralId: null,
        childId: request.childId,
        slotMinutes: null,
        presenterId: null,
        invitedPersonIds: [],
      };
      await tx.agenda.insert(item);
      await tx.audit.append(
        meetingAudit(deps, actor, "meeting.review-item-added", meeting.id, at, request.childId),
      );
      added.push(item);
      listed.add(request.childId);
    }
    await tx.cinReviews.updateEarlyRequest({ ...request, state: "listed", meetingId: meeting.id });
  }
  return added;
}

/**
 * Lists the panel's pending early reviews on its next planned meeting, before any other business, in the
 * caller's transaction; with no meeting planned they stay pending. Advances the agenda's version like any
 * change; throws `AgendaChangedMeanwhile` when a concurrent change won, so the caller's transaction rolls back.
 * Returns how many requests were listed.
 */
export async function listPendingEarlyReviews(
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  panelId: string,
  at: string,
): Promise<number> {
  const pending = await tx.cinReviews.earlyRequests(panelId, ["pending"]);
  if (pending.length === 0) return 0;
  const [meeting] = await tx.meetings.upcoming(panelId, at);
  if (!meeting) return 0;
  const version = (await tx.agendaRecords.get(meeting.id))?.version ?? 0;
  if (!(await tx.agendaRecords.advance(meeting.id, version))) throw new AgendaChangedMeanwhile();
  const items = await tx.agenda.listForMeeting(meeting.id);
  const added = await takePendingEarlyReviews(deps, tx, actor, meeting, items, at);
  await writeOrder(tx, withAppended(items, added));
  return pending.length - (await tx.cinReviews.earlyRequests(panelId, ["pending"])).length;
}
