import { meetingDeadlines, type MeetingDeadlines } from "../calendar/meeting-deadlines.js";
import type { Meeting } from "../model/meeting.js";
import type { Panel } from "../model/panel.js";
import type { StoreTx } from "../ports/store.port.js";

export interface MeetingWithDeadlines {
  meeting: Meeting;
  deadlines: MeetingDeadlines;
}

/** The next planned meeting whose referral deadline (a UK date, inclusive) has not passed. */
export async function nextOpenMeeting(
  tx: StoreTx,
  panel: Panel,
  now: Date,
  today: string,
): Promise<MeetingWithDeadlines | null> {
  for (const meeting of await tx.meetings.upcoming(panel.id, now.toISOString())) {
    const deadlines = meetingDeadlines(panel.settings, meeting.startsAt);
    if (deadlines.referral === null || deadlines.referral >= today) return { meeting, deadlines };
  }
  return null;
}
