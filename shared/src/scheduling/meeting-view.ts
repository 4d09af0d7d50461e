import type { MeetingSummary, ScheduledMeetingView } from "../api/scheduling-requests.js";
import { ukLocalDate } from "../calendar/iso-date.js";
import type { ClosureDates } from "../calendar/working-days.js";
import type { Meeting } from "../model/meeting.js";
import type { Panel } from "../model/panel.js";
import { deadlineViews } from "./deadline-views.js";

export function meetingSummary(meeting: Meeting): MeetingSummary {
  return {
    id: meeting.id,
    panelId: meeting.panelId,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    state: meeting.state,
    calendarEventId: meeting.calendarEventId,
    joinUrl: meeting.joinUrl,
  };
}

export function scheduledMeetingView(
  panel: Pick<Panel, "preset" | "settings">,
  meeting: Meeting,
  now: Date,
  closed: ClosureDates,
  extra: { overridden: string[]; replayed: boolean },
): ScheduledMeetingView {
  return {
    meeting: meetingSummary(meeting),
    deadlines: deadlineViews(
      panel.settings,
      panel.preset,
      meeting.startsAt,
      ukLocalDate(now.toISOString()),
      closed,
    ),
    ...extra,
  };
}
