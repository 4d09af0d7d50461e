import type { MeetingSummaryView } from "@convenor/shared";
import type { ApiClient } from "@convenor/ui";

/** A panel's meetings, soonest first (`GET /api/meetings?panelId=`). */
export async function panelMeetings(api: ApiClient, panelId: string): Promise<MeetingSummaryView[]> {
  const answer = await api.get<MeetingSummaryView[] | { meetings: MeetingSummaryView[] }>("/meetings", {
    panelId,
  });
  const meetings = Array.isArray(answer) ? answer : answer.meetings;
  return [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** The planned meetings still to come on any of `panelIds`, soonest first, at most `limit`. */
export async function meetingsComing(
  api: ApiClient,
  panelIds: string[],
  now: Date,
  limit: number,
): Promise<MeetingSummaryView[]> {
  const lists = await Promise.all(panelIds.map((panelId) => panelMeetings(api, panelId)));
  return lists
    .flat()
    .filter((meeting) => meeting.state === "planned" && new Date(meeting.endsAt) > now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .slice(0, limit);
}
