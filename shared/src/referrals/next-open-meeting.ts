import { meetingDeadlines, type MeetingDeadlines } from "../calendar/meeting-deadlines.js";
import { closureDatesAround } from "../closure-days/closure-dates.js";
import type { Meeting } from "../model/meeting.js";
import type { Panel } from "../model/panel.js";
import type { StoreTx } from "../ports/store.port.js";

export interface MeetingWithDeadlines {
  meeting: Meeting;
  deadlines: MeetingDeadlines;
}

/**
 * The next planned meeting whose referral deadline (a UK date, inclusive) has not passed. Deadlines skip the
 * organisation's closure days as well as weekends and bank holidays.
 */
export async function nextOpenMeeting(
  tx: StoreTx,
  panel: Panel,
  now: Date,
  today: string,
): Promise<MeetingWithDeadlines | null> {
  const upcoming = await tx.meetings.upcoming(panel.id, now.toISOString());
  if (upcoming.length === 0) return null;
  const closed = await closureDatesAround(tx, today, upcoming[upcoming.length - 1]!.startsAt.slice(0, 10));
  for (const meeting of upcoming) {
    const deadlines = meetingDeadlines(panel.settings, meeting.startsAt, closed);
    if (deadlines.referral === null || deadlines.referral >= today) return { meeting, deadlines };
  }
  return null;
}
