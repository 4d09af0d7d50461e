import { addWorkingDays, rollToWorkingDay, type ClosureDates } from "../calendar/working-days.js";
import type { Nation } from "../model/panel.js";

/** Outbox kinds of the tracker. The monthly card and its reminder go to the worker's personal chat. */
export const trackerCardKind = "tracker.monthly-card";
export const trackerReminderKind = "tracker.reminder";
/** Counts only, to the panel's chat. */
export const redListNoticeKind = "tracker.red-list";
export const trackerNoticeKinds: readonly string[] = [
  trackerCardKind,
  trackerReminderKind,
  redListNoticeKind,
];

/** Working days after the monthly card that the reminder follows, when the month is not submitted. */
export const reminderAfterWorkingDays = 5;

/** The tab's red list of a meeting: ids only. */
export const redListPath = (meetingId: string): string =>
  `/tab/#/meetings/${encodeURIComponent(meetingId)}/red-list`;

/** When the month's card goes out (its first working day) and when its reminder does. */
export function trackerCardDates(
  month: string,
  nation: Nation,
  closureDays: ClosureDates,
): { card: string; reminder: string } {
  const card = rollToWorkingDay(`${month}-01`, "later", nation, closureDays);
  return { card, reminder: addWorkingDays(card, reminderAfterWorkingDays, nation, closureDays) };
}
