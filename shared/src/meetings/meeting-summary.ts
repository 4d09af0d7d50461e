import type { MeetingSummaryView } from "../api/meeting-requests.js";
import type { Meeting } from "../model/meeting.js";
import type { Panel } from "../model/panel.js";

export function meetingSummary(meeting: Meeting, panel: Pick<Panel, "name">): MeetingSummaryView {
  return {
    id: meeting.id,
    panelId: meeting.panelId,
    panelName: panel.name,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    state: meeting.state,
    joinUrl: meeting.joinUrl,
  };
}
