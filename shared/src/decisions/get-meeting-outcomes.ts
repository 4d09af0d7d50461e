import { ukLocalDate } from "../calendar/iso-date.js";
import { meetingDeadlines } from "../calendar/meeting-deadlines.js";
import { closureDatesAround } from "../closure-days/closure-dates.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import { loadMeetingAccess, visibleItems } from "../meetings/meeting-access.js";
import type { Actor } from "../model/actor.js";
import type { FamilySharing } from "../model/decision.js";
import type { AgendaItem, AgendaItemSource } from "../model/meeting.js";
import { ok, type Result } from "../model/result.js";
import type { PresetKey } from "../model/panel.js";
import type { StoreTx } from "../ports/store.port.js";
import { deadlineLabel } from "../scheduling/deadline-views.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { actionsOfMeeting, openActionsOfPanel, type ActionView } from "./action-reads.js";
import { viewDecisions, viewSharing, type DecisionView, type FamilySharingView } from "./decision-view.js";
import { familySharerOf } from "./family-sharer.js";

/** Whose turn it is to share a decision with the family, and whether they have (002 A 6.6). */
export interface SharingStatusView {
  agendaItemId: string;
  reference: string;
  role: "lead-professional" | "named-person";
  /** As the referral form gives them. */
  description: string;
  /** The Convenor person asked to record it. */
  personId: string;
  personName: string;
  shared: FamilySharingView | null;
}

export interface OutcomeItemView {
  agendaItemId: string;
  reference: string;
  source: AgendaItemSource;
  childId: string | null;
  decision: DecisionView | null;
  /** A decision vote is open on it in the meeting chat: record nothing here. */
  voteOpen: boolean;
  sharing: SharingStatusView | null;
  actions: ActionView[];
}

export interface MeetingOutcomesView {
  meetingId: string;
  panelId: string;
  preset: PresetKey;
  startsAt: string;
  /** The chair or coordinator: may record decisions and add actions. */
  canRecord: boolean;
  /** When the outcomes (ISG: distributed within one week), note or minutes are due; late when missed. */
  outcomesDue: { label: string; date: string; late: boolean } | null;
  items: OutcomeItemView[];
  /** Actions on the meeting as a whole. */
  meetingActions: ActionView[];
  /** Open actions from the panel's earlier meetings: carried forward until done. */
  carriedForward: ActionView[];
  /** Decided items whose sharing with the family is not yet recorded. */
  outstandingSharing: SharingStatusView[];
  /** Who may own an action: the panel's people and the items' presenters and invitees. */
  people: { id: string; name: string }[];
}

/**
 * A meeting's case items with their decisions, family sharing and actions, for the tab's outcomes page. The
 * panel's chair, coordinator and members see every item, an invited attendee their own; each view of a case's
 * decision is audited.
 */
export async function getMeetingOutcomes(
  deps: UseCaseDeps,
  actor: Actor,
  input: { meetingId: string },
): Promise<Result<MeetingOutcomesView>> {
  const at = deps.clock.now().toISOString();
  const today = ukLocalDate(at);
  return deps.store.transaction(async (tx) => {
    const access = await loadMeetingAccess(tx, actor.personId, input.meetingId);
    if (!access.ok) return access;
    const { meeting, panel, viewer } = access.value;
    const items = visibleItems(access.value, actor.personId).filter((i) => i.childId || i.referralId);
    const decisions = await tx.votes.decisionsOfItems(items.map((i) => i.id));
    const views = await viewDecisions(tx, decisions);
    const sharings = await tx.familySharing.ofDecisions(decisions.map((d) => d.id));
    const questions = await tx.votes.questionsOfMeeting(meeting.id);
    const meetingActions = await actionsOfMeeting(tx, meeting.id, today);

    const outcomeItems: OutcomeItemView[] = [];
    for (const item of items) {
      const decision = decisions.filter((d) => d.agendaItemId === item.id).at(-1) ?? null;
      const sharing = decision ? await sharingStatus(tx, decision, item, sharings) : null;
      outcomeItems.push({
        agendaItemId: item.id,
        reference: item.title,
        source: item.source,
        childId: item.childId,
        decision: decision ? (views.find((v) => v.id === decision.id) ?? null) : null,
        voteOpen: questions.some(
          (q) => q.agendaItemId === item.id && q.kind === "decision" && q.state !== "closed",
        ),
        sharing,
        actions: meetingActions.filter((a) => a.agendaItemId === item.id),
      });
    }
    const viewed = items.filter((i) => i.childId && decisions.some((d) => d.agendaItemId === i.id));
    await tx.audit.appendMany(
      viewed.map((item) =>
        meetingAudit(
          deps,
          actor,
          "decision.viewed",
          { type: "meeting", id: meeting.id, childId: item.childId },
          at,
          {
            agendaItemId: item.id,
          },
        ),
      ),
    );

    const closed = await closureDatesAround(tx, ukLocalDate(meeting.startsAt));
    const due = meetingDeadlines(panel.settings, meeting.startsAt, closed).minutesDue;
    const undecided = outcomeItems.some((i) => !i.decision);
    const people = await peopleOf(tx, panel.id, access.value.items);
    return ok({
      meetingId: meeting.id,
      panelId: panel.id,
      preset: panel.preset,
      startsAt: meeting.startsAt,
      canRecord: viewer === "manager",
      outcomesDue: due
        ? { label: deadlineLabel("minutesDue", panel.preset), date: due, late: today > due && undecided }
        : null,
      items: outcomeItems,
      meetingActions: meetingActions.filter((a) => a.agendaItemId === null),
      carriedForward: await openActionsOfPanel(tx, meeting, today),
      outstandingSharing: outcomeItems.flatMap((i) => (i.sharing && !i.sharing.shared ? [i.sharing] : [])),
      people,
    });
  });
}

export async function sharingStatus(
  tx: StoreTx,
  decision: { id: string; referralId: string | null },
  item: AgendaItem,
  sharings: readonly FamilySharing[],
): Promise<SharingStatusView | null> {
  const referral = decision.referralId ? await tx.referrals.get(decision.referralId) : null;
  if (!referral) return null;
  const sharer = await familySharerOf(tx, referral, item);
  const person = await tx.people.get(sharer.personId);
  const shared = sharings.find((s) => s.decisionId === decision.id);
  return {
    agendaItemId: item.id,
    reference: referral.reference ?? item.title,
    role: sharer.role,
    description: sharer.description,
    personId: sharer.personId,
    personName: person?.displayName ?? "Someone",
    shared: shared ? await viewSharing(tx, shared) : null,
  };
}

async function peopleOf(
  tx: StoreTx,
  panelId: string,
  items: readonly { presenterId: string | null; invitedPersonIds: string[] }[],
): Promise<{ id: string; name: string }[]> {
  const ids = [
    ...(await tx.panels.members(panelId)).map((m) => m.personId),
    ...items.flatMap((i) => [i.presenterId, ...i.invitedPersonIds]),
  ].filter((id): id is string => Boolean(id));
  const people = await tx.people.getMany([...new Set(ids)]);
  return people
    .map((p) => ({ id: p.id, name: p.displayName }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
