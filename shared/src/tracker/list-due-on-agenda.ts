import { maxAgendaItems } from "../api/meeting-requests.js";
import { meetingAudit, writeOrder } from "../meetings/agenda-change.js";
import { withAppended } from "../meetings/standing-items.js";
import type { Actor } from "../model/actor.js";
import type { AgendaItem } from "../model/meeting.js";
import type { StoreTx } from "../ports/store.port.js";
import { previousMonth, youngPeopleDueForPanel, type DueForPanel } from "../ratings/two-reds.js";
import { requestFingerprint } from "../referrals/request-fingerprint.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { ragAreaLabels } from "./tracker-descriptors.js";
import { monthLabel, openMonthAt } from "./tracker-months.js";

/** A reference for a young person on shared agendas and cards: stable, and says nothing about them. */
export const trackerReference = (childId: string): string =>
  `YP-${requestFingerprint(`tracker:${childId}`).slice(0, 6).toUpperCase()}`;

/** "Tracker: red in Health, Oct and Nov 2026 (YP-1A2B3C)": why, without naming the young person. */
export function redListTitle(due: DueForPanel): string {
  const [first, second] = [monthLabel(previousMonth(due.month)), monthLabel(due.month)];
  const sameYear = first.slice(-4) === second.slice(-4);
  const months = sameYear ? `${first.slice(0, 3)} and ${second}` : `${first} and ${second}`;
  const areas = due.areas.map((area) => ragAreaLabels[area]).join(" and ");
  return `Tracker: red in ${areas}, ${months} (${trackerReference(due.childId)})`;
}

export class AgendaChangedMeanwhile extends Error {
  constructor() {
    super("The agenda changed in another transaction");
    this.name = "AgendaChangedMeanwhile";
  }
}

/**
 * Lists young people newly due for the panel (two reds in one area) on its next planned meeting, as `red-list`
 * items before any other business, in the caller's transaction. Never twice on the same meeting; a full
 * agenda or no planned meeting lists nobody (the red list and the grid still show them). Advances the agenda's
 * version like any change; throws `AgendaChangedMeanwhile` when a concurrent change won, so the caller's
 * transaction rolls back. Returns the meeting and the children listed.
 */
export async function listDueOnNextMeeting(
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  panelId: string,
  due: readonly DueForPanel[],
  at: string,
): Promise<{ meetingId: string; childIds: string[] } | null> {
  if (due.length === 0) return null;
  const [meeting] = await tx.meetings.upcoming(panelId, at);
  if (!meeting) return null;
  const items = await tx.agenda.listForMeeting(meeting.id);
  const listed = new Set(items.filter((item) => item.source === "red-list").map((item) => item.childId));
  const added: AgendaItem[] = due
    .filter((entry) => !listed.has(entry.childId))
    .slice(0, Math.max(0, maxAgendaItems - items.length))
    .map((entry) => ({
      id: newIdFrom(deps),
      meetingId: meeting.id,
      position: items.length + 1,
      source: "red-list",
      title: redListTitle(entry),
      referralId: null,
      childId: entry.childId,
      slotMinutes: null,
      presenterId: null,
      invitedPersonIds: [],
    }));
  if (added.length === 0) return null;
  const version = (await tx.agendaRecords.get(meeting.id))?.version ?? 0;
  if (!(await tx.agendaRecords.advance(meeting.id, version))) throw new AgendaChangedMeanwhile();
  for (const item of added) await tx.agenda.insert(item);
  await writeOrder(tx, withAppended(items, added));
  for (const item of added) {
    await tx.audit.append(
      meetingAudit(deps, actor, "meeting.red-list-item-added", meeting.id, at, item.childId),
    );
  }
  return { meetingId: meeting.id, childIds: added.map((item) => item.childId!) };
}

/**
 * Young people due now (two reds in one area ending in the open month or the month before), listed on the
 * next meeting: after an import, or when the chair asks. `childIds` narrows it to some young people.
 */
export async function listRecentlyDue(
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  panelId: string,
  childIds: ReadonlySet<string> | null,
  at: string,
): Promise<number> {
  const open = openMonthAt(at);
  const before = previousMonth(open);
  const stored = (await tx.ratings.entriesBetween(panelId, previousMonth(before), open)).filter(
    (entry) => entry.complete && (childIds === null || childIds.has(entry.childId)),
  );
  const dueByChild = new Map(
    [before, open].flatMap((month) => youngPeopleDueForPanel(stored, month)).map((due) => [due.childId, due]),
  );
  const listed = await listDueOnNextMeeting(deps, tx, actor, panelId, [...dueByChild.values()], at);
  return listed?.childIds.length ?? 0;
}
