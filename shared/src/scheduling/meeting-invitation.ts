import type { Meeting } from "../model/meeting.js";
import type { Panel } from "../model/panel.js";
import type { MeetingInvitation } from "../ports/calendar.port.js";
import { agendaPath } from "../meetings/agenda-notices.js";
import type { PanelAttendee } from "./scheduling-panel.js";

/** Where a meeting's agenda opens in Convenor (the Teams tab). Carries the meeting id only. */
export function agendaLink(appUrl: string, meetingId: string): string {
  return `${appUrl.replace(/\/$/, "")}${agendaPath(meetingId)}`;
}

/**
 * The calendar invitation of a panel meeting: a Teams meeting with the members as required attendees and the
 * agenda link in the body. Nothing about any child: cases are reached through Convenor. The Convenor
 * meeting id is the transaction id, so a retried create returns the first event instead of a second.
 */
export function meetingInvitation(
  panel: Pick<Panel, "name">,
  meeting: Pick<Meeting, "id" | "startsAt" | "endsAt">,
  organiser: string,
  attendees: readonly PanelAttendee[],
  appUrl: string,
): MeetingInvitation {
  const organiserEmail = organiser.toLowerCase();
  return {
    organiser,
    subject: `${panel.name} meeting`,
    bodyText: [
      `${panel.name} meeting, scheduled with Convenor.`,
      `Agenda and papers: ${agendaLink(appUrl, meeting.id)}`,
      "Case details are shared in Convenor only.",
    ].join("\n\n"),
    start: meeting.startsAt,
    end: meeting.endsAt,
    attendees: attendees
      .filter(({ person }) => person.email.toLowerCase() !== organiserEmail)
      .map(({ person }) => ({ email: person.email, name: person.displayName, type: "required" as const })),
    onlineMeeting: true,
    transactionId: meeting.id,
  };
}
