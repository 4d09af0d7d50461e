import { ukLocalDate } from "../calendar/iso-date.js";
import { meetingDeadlines } from "../calendar/meeting-deadlines.js";
import type { ClosureDates } from "../calendar/working-days.js";
import type { Meeting } from "../model/meeting.js";
import type { MinuteVersion } from "../model/minute.js";
import type { PanelSettings } from "../model/panel.js";

export interface MinuteDeadline {
  /** The UK date the note, outcome or minutes are due (the panel's `minutesDue`); null when none is set. */
  due: string | null;
  /** The UK date the minute was first circulated; null before. */
  circulatedOn: string | null;
  /** Not circulated by the due date (whether still not, or circulated after it). */
  late: boolean;
}

/**
 * The preset's `minutesDue` (ICSMG note within 2 working days, ISG outcome within one week, strategic minutes
 * within one month), counted in the panel's nation's working days with the organisation's closure days.
 */
export function minuteDeadline(
  settings: PanelSettings,
  meeting: Meeting,
  versions: readonly Pick<MinuteVersion, "circulatedAt">[],
  today: string,
  closed: ClosureDates,
): MinuteDeadline {
  const due = meetingDeadlines(settings, meeting.startsAt, closed).minutesDue;
  const first = versions
    .map((v) => v.circulatedAt)
    .filter((at): at is string => at !== null)
    .sort()[0];
  const circulatedOn = first ? ukLocalDate(first) : null;
  const late = due !== null && (circulatedOn ? circulatedOn > due : today > due);
  return { due, circulatedOn, late };
}
