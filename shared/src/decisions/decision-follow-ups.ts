import type { Actor } from "../model/actor.js";
import type { Decision } from "../model/decision.js";
import type { AgendaItem, Meeting } from "../model/meeting.js";
import type { Panel } from "../model/panel.js";
import type { Referral } from "../model/referral.js";
import type { StoreTx } from "../ports/store.port.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { decisionNotice, decisionNoticeKinds, type DecisionNoticeKind } from "./decision-notices.js";
import { familySharerOf } from "./family-sharer.js";

export interface DecidedItem {
  decision: Decision;
  item: AgendaItem;
  meeting: Meeting;
  panel: Panel;
  /** The item's referral, as it stands after the decision; null for a case item without one. */
  referral: Referral | null;
}

/**
 * What follows a decision on a case, whichever way it was made (a vote or recorded by the chair):
 * - the Lead Professional (or Named Person) is asked to record when and how it was shared with the family
 *   (002 A 6.6);
 * - on an ISG, the outcome goes to every professional involved (002 B 3.4 vi);
 * - a purchased placement's outcome goes to the Prioritisation Group, whose chair is the panel's emergency
 *   authoriser; an unplanned one not yet heard retrospectively is listed for the next meeting first (002 B 4.1).
 * Every notice is to a personal chat and carries the case reference only.
 */
export async function followUpDecision(
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  decided: DecidedItem,
  at: string,
): Promise<void> {
  const { decision, item, meeting, panel, referral } = decided;
  const payload = {
    meetingId: meeting.id,
    panelId: panel.id,
    decisionId: decision.id,
    reference: referral?.reference ?? item.title,
  };
  const send = (kind: DecisionNoticeKind, personIds: Iterable<string>) =>
    Promise.all(
      [...new Set(personIds)].map((personId) =>
        tx.outbox.enqueue(decisionNotice(deps, actor, kind, personId, payload, at)),
      ),
    );

  const sharer = referral ? await familySharerOf(tx, referral, item) : null;
  if (sharer) await send(decisionNoticeKinds.familySharingRequested, [sharer.personId]);

  if (panel.preset === "isg") {
    const involved = [referral?.referrerId, sharer?.personId, item.presenterId, ...item.invitedPersonIds];
    await send(
      decisionNoticeKinds.isgOutcome,
      involved.filter((id): id is string => Boolean(id)),
    );
  }

  if (decision.resource?.resource !== "isg-purchased-placement") return;
  if (decision.resource.placement === "unplanned" && item.source !== "retrospective") {
    await listRetrospectively(deps, tx, item, meeting, panel);
    return;
  }
  const members = await tx.panels.members(panel.id);
  const pgChairs = members.filter((m) => m.roles.includes("emergency-authoriser")).map((m) => m.personId);
  await send(decisionNoticeKinds.placementForwarded, pgChairs);
}

/** An unplanned placement is discussed retrospectively at the panel's next planned meeting (002 B 4.1 ii). */
async function listRetrospectively(
  deps: UseCaseDeps,
  tx: StoreTx,
  item: AgendaItem,
  meeting: Meeting,
  panel: Panel,
): Promise<void> {
  const next = (await tx.meetings.upcoming(panel.id, meeting.endsAt)).find((m) => m.id !== meeting.id);
  if (!next) return;
  const items = await tx.agenda.listForMeeting(next.id);
  if (items.some((existing) => existing.source === "retrospective" && existing.childId === item.childId))
    return;
  await tx.agenda.insert({
    id: newIdFrom(deps),
    meetingId: next.id,
    position: Math.max(0, ...items.map((existing) => existing.position)) + 1,
    source: "retrospective",
    title: item.title,
    referralId: null,
    childId: item.childId,
    slotMinutes: panel.settings.caseSlotMinutes,
    presenterId: item.presenterId,
    invitedPersonIds: [],
  });
}
