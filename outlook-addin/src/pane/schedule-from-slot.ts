import type { ScheduledMeetingView, SlotMember, SuggestedSlot } from "@convenor/shared";
import type { ConvenorApi } from "@convenor/ui";
import type { MailboxPort } from "../mailbox/mailbox.port.js";
import { appointmentBody } from "./appointment-body.js";

export interface ScheduleFromSlotInput {
  panel: { id: string; name: string };
  members: SlotMember[];
  slot: SuggestedSlot;
  /** One key per pick of this slot: a retry after a failure, or a double click, reuses it. */
  idempotencyKey: string;
  /** Given when the slot misses a deadline, the quorum or a required agency (audited by the server). */
  overrideReason?: string;
  /** Where members read the agenda: the tab's meeting page on this service. */
  agendaUrl: (meetingId: string) => string;
}

export interface Scheduled {
  view: ScheduledMeetingView;
  eventId: string;
}

/**
 * "Use this slot": Convenor records the meeting (pending its event), the pane fills the open appointment
 * (subject, times, members as required attendees, the agenda link), saves it, and links the meeting to the
 * saved event. The server then makes the event a Teams meeting through Graph: Office.js cannot.
 */
export async function scheduleFromSlot(
  api: ConvenorApi,
  mailbox: MailboxPort,
  input: ScheduleFromSlotInput,
): Promise<Scheduled> {
  const { panel, slot } = input;
  const durationMinutes = Math.round(
    (new Date(slot.endsAt).getTime() - new Date(slot.startsAt).getTime()) / 60_000,
  );
  const pending = await api.scheduleMeeting({
    panelId: panel.id,
    idempotencyKey: input.idempotencyKey,
    startsAt: slot.startsAt,
    durationMinutes,
    eventBy: "outlook",
    ...(input.overrideReason ? { overrideReason: input.overrideReason } : {}),
  });
  const meetingId = pending.meeting.id;
  const organiser = mailbox.userEmail()?.toLowerCase();
  await mailbox.fill({
    subject: `${panel.name} meeting`,
    start: new Date(pending.meeting.startsAt),
    end: new Date(pending.meeting.endsAt),
    requiredAttendees: input.members
      .filter((member) => member.email.toLowerCase() !== organiser)
      .map((member) => ({ displayName: member.displayName, emailAddress: member.email })),
    bodyHtml: appointmentBody(panel.name, input.agendaUrl(meetingId)),
  });
  const eventId = await mailbox.save();
  const view = await api.linkEvent(meetingId, eventId);
  return { view, eventId };
}
