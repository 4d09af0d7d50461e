import type { ActionItem } from "../model/action.js";
import type { Meeting } from "../model/meeting.js";
import type { StoreTx } from "../ports/store.port.js";

/** An action as the tab, the minutes and the owner's card show it. */
export interface ActionView extends ActionItem {
  ownerName: string;
  /** Not done, and due before today. */
  overdue: boolean;
  /** The case reference of its agenda item; null for an action on the meeting as a whole. */
  reference: string | null;
}

/**
 * The actions agreed at the meeting, by due date. For use inside a use case's transaction (e.g. the minutes);
 * `today` (YYYY-MM-DD, from the use case's clock) marks those overdue; without it none is.
 */
export async function actionsOfMeeting(tx: StoreTx, meetingId: string, today = ""): Promise<ActionView[]> {
  return viewActions(tx, await tx.actions.listForMeeting(meetingId), today);
}

/**
 * The actions carried forward to `meeting`: not done, from the panel's earlier meetings, by due date. For use
 * inside a use case's transaction (the agenda, the minutes).
 */
export async function openActionsOfPanel(
  tx: StoreTx,
  meeting: Pick<Meeting, "id" | "panelId" | "startsAt">,
  today = "",
): Promise<ActionView[]> {
  const open = await tx.actions.openForPanel(meeting.panelId);
  if (open.length === 0) return [];
  const startOf = new Map((await tx.meetings.listByPanel(meeting.panelId)).map((m) => [m.id, m.startsAt]));
  const earlier = open.filter((action) => {
    const startsAt = startOf.get(action.meetingId);
    return action.meetingId !== meeting.id && startsAt !== undefined && startsAt < meeting.startsAt;
  });
  return viewActions(tx, earlier, today);
}

export async function viewActions(tx: StoreTx, actions: ActionItem[], today: string): Promise<ActionView[]> {
  const owners = await tx.people.getMany([...new Set(actions.map((a) => a.ownerId))]);
  const itemIds = [...new Set(actions.map((a) => a.agendaItemId).filter((id): id is string => id !== null))];
  const items = await Promise.all(itemIds.map((id) => tx.agenda.get(id)));
  const titleOf = new Map(items.filter((i) => i !== null).map((i) => [i.id, i.title]));
  return actions.map((action) => ({
    ...action,
    ownerName: owners.find((p) => p.id === action.ownerId)?.displayName ?? "Someone",
    overdue: today !== "" && !action.done && action.dueOn < today,
    reference: action.agendaItemId ? (titleOf.get(action.agendaItemId) ?? null) : null,
  }));
}
