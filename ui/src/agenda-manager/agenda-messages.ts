import {
  checkPaperFile,
  maxAgendaTitleLength,
  maxSlotMinutes,
  type AgendaItemView,
  type AgendaView,
  type MeetingSummaryView,
  type PublishAgendaView,
} from "@convenor/shared";
import { ApiError } from "../api/api-error.js";
import { formatSlot } from "../format/dates.js";

const items = (count: number): string => (count === 1 ? "1 item" : `${count} items`);

/** What building the agenda did, from the agenda before and after. */
export function builtMessage(before: AgendaView, after: AgendaView): string {
  const added = after.items.length - before.items.length;
  return added > 0
    ? `Agenda built: ${items(added)} added, ${items(after.items.length)} in all.`
    : "Agenda built: nothing new to add, it is up to date.";
}

/** The answer to publishing: sent, sent again as an update, nothing sent when unchanged; late after the deadline. */
export function publishedMessage(answer: PublishAgendaView): string {
  const sent = !answer.sent
    ? "Nothing sent: the agenda has not changed since it was published."
    : answer.updated
      ? "Updated agenda published: the panel and invitees have been sent the changes."
      : "Agenda published: the panel and invitees have been sent it.";
  return answer.late ? `${sent} It is late: the agenda deadline has passed.` : sent;
}

/** The order after moving one item up (-1) or down (+1); null when it cannot move that way. */
export function movedOrder(agendaItems: AgendaItemView[], itemId: string, step: -1 | 1): string[] | null {
  const ids = sortedItems(agendaItems).map((item) => item.id);
  const from = ids.indexOf(itemId);
  const to = from + step;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  return ids;
}

export const sortedItems = (agendaItems: AgendaItemView[]): AgendaItemView[] =>
  [...agendaItems].sort((a, b) => a.position - b.position);

/** Papers go with case items: those listed by a case reference. */
export const isCaseItem = (item: AgendaItemView): boolean => item.reference !== null;

/** Someone else changed the agenda since it was read: reload rather than overwrite. */
export const isStaleAgenda = (error: unknown): boolean =>
  error instanceof ApiError &&
  (error.code === "CONCURRENCY.CONFLICT" || error.code === "AGENDA.ORDER_MISMATCH");

export const staleAgendaMessage =
  "Someone else changed the agenda since you opened it: it has been reloaded. Check it, then make your change again.";

/** The server's own check of a paper, run before sending it: the same size and type limits. */
export function paperRefusal(file: { name: string; size: number }): ApiError | null {
  const refused = checkPaperFile(file.name, file.size);
  return refused ? new ApiError(refused.error.code, refused.error.message, 0) : null;
}

/** A time slot as typed: empty is no slot; else whole minutes within the limit, or why not. */
export function parseSlotMinutes(text: string): { minutes: number | null } | { problem: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { minutes: null };
  const minutes = Number(trimmed);
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > maxSlotMinutes) {
    return { problem: `Enter whole minutes from 0 to ${maxSlotMinutes}, or leave it empty for no slot.` };
  }
  return { minutes };
}

/** A topic as typed, or why it cannot be added. */
export function parseTopicTitle(text: string): { title: string } | { problem: string } {
  const title = text.trim();
  if (title === "") return { problem: "Enter the topic." };
  if (title.length > maxAgendaTitleLength) {
    return { problem: `A topic can be at most ${maxAgendaTitleLength} characters.` };
  }
  return { title };
}

/** Where an item may move: the panel's other planned meetings still to come, soonest first. */
export function moveTargets(meetings: MeetingSummaryView[], from: string, now: Date): MeetingSummaryView[] {
  return meetings
    .filter(
      (meeting) => meeting.id !== from && meeting.state === "planned" && new Date(meeting.startsAt) > now,
    )
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** A meeting as offered in the move list and named in the move's message: `Tue 3 Feb 2026, 10:00–11:30`. */
export const meetingWhen = (meeting: MeetingSummaryView): string =>
  formatSlot(meeting.startsAt, meeting.endsAt);
