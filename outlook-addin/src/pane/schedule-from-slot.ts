import type { ConvenorApi, MeetingView, SlotSuggestion } from "@convenor/ui";
import type { MailboxPort } from "../mailbox/mailbox.port.js";
import { appointmentBody } from "./appointment-body.js";

export interface ScheduleFromSlotInput {
  panel: { id: string; name: string };
  slot: SlotSuggestion;
  /** One key per pick of this slot: a retry after a failure, or a double click, reuses it. */
  idempotencyKey: string;
  /** Where the agenda is read when the server does not say (the tab's meeting page). */
  fallbackAgendaUrl: (meetingId: string) => string;
}

export interface Scheduled {
  meeting: MeetingView;
  eventId: string;
}

/**
 * "Use this slot": Convenor holds the meeting, the pane fills the open appointment (subject, times, members as
 * required attendees, the agenda link), saves it, and links the meeting to the saved event. The server then
 * makes the event a Teams meeting through Graph (Office.js cannot switch on the Teams toggle).
 */
export async function scheduleFromSlot(
  api: ConvenorApi,
  mailbox: MailboxPort,
  input: ScheduleFromSlotInput,
): Promise<Scheduled> {
  const { panel, slot } = input;
  const meeting = await api.createMeeting({
    panelId: panel.id,
    startsAt: slot.start,
    endsAt: slot.end,
    idempotencyKey: input.idempotencyKey,
  });
  const agendaUrl = meeting.agendaUrl || input.fallbackAgendaUrl(meeting.id);
  await mailbox.fill({
    subject: `${panel.name}: panel meeting`,
    start: new Date(slot.start),
    end: new Date(slot.end),
    requiredAttendees: slot.members
      .filter((member) => member.email)
      .map((member) => ({ displayName: member.displayName, emailAddress: member.email })),
    bodyHtml: appointmentBody(panel.name, agendaUrl),
  });
  const eventId = await mailbox.save();
  const linked = await api.linkEvent(meeting.id, eventId);
  return { meeting: linked, eventId };
}
