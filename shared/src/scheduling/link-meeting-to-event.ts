import { ukLocalDate } from "../calendar/iso-date.js";
import type { ScheduledMeetingView } from "../api/scheduling-requests.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { Meeting } from "../model/meeting.js";
import { fail, ok, type Result } from "../model/result.js";
import type { CalendarMeeting } from "../ports/calendar.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { meetingChatInstallMessage } from "../meetings/meeting-chat/meeting-chat-install.js";
import { meetingAudit } from "./meeting-records.js";
import { scheduledMeetingView } from "./meeting-view.js";
import { requireCalendar } from "./require-calendar.js";
import { SchedulingCodes } from "./scheduling-codes.js";
import { loadSchedulingPanel } from "./scheduling-panel.js";

export interface LinkMeetingToEventInput {
  meetingId: string;
  /** The Outlook event the chair saved from the add-in. */
  eventId: string;
}

/**
 * The Outlook add-in path: the chair filled the appointment in Outlook, which made the event; Convenor checks
 * the event exists in the organiser's calendar, makes it a Teams meeting if it is not one, and links the
 * pending meeting to it (taking the event's times, which the chair may have changed in Outlook). Linking the
 * same event again answers the linked meeting.
 */
export async function linkMeetingToEvent(
  deps: UseCaseDeps,
  actor: Actor,
  input: LinkMeetingToEventInput,
): Promise<Result<ScheduledMeetingView>> {
  const calendar = requireCalendar(deps);
  if (!calendar.ok) return calendar;
  const loaded = await deps.store.read(async (tx) => {
    const meeting = await tx.meetings.get(input.meetingId);
    if (!meeting) return fail(ErrorCodes.notFound, "That meeting was not found.");
    const panel = await loadSchedulingPanel(
      tx,
      actor,
      meeting.panelId,
      ukLocalDate(deps.clock.now().toISOString()),
    );
    if (!panel.ok) return panel;
    const others = await tx.meetings.listByPanel(meeting.panelId);
    const linkedElsewhere = others.some(
      (other) =>
        other.id !== meeting.id && other.calendarEventId === input.eventId && other.state !== "cancelled",
    );
    return ok({ meeting, linkedElsewhere, ...panel.value });
  });
  if (!loaded.ok) return loaded;
  const { meeting, panel, scheduler, closed } = loaded.value;
  const view = (current: Meeting, replayed: boolean) =>
    ok(scheduledMeetingView(panel, current, deps.clock.now(), closed, { overridden: [], replayed }));
  if (meeting.state === "planned" && meeting.calendarEventId === input.eventId) return view(meeting, true);
  if (meeting.state !== "pending") {
    return fail(SchedulingCodes.meetingNotPending, "That meeting already has its calendar event.");
  }
  if (loaded.value.linkedElsewhere) {
    return fail(SchedulingCodes.eventLinkedElsewhere, "That calendar event belongs to another meeting.");
  }

  const organiser = meeting.organiser ?? scheduler.email;
  const found = await calendar.value.getMeeting(organiser, input.eventId);
  if (!found.ok) return found;
  if (!found.value || found.value.cancelled) {
    return fail(
      SchedulingCodes.eventNotFound,
      "That event is not in the organiser's calendar. Save the appointment in Outlook, then try again.",
    );
  }
  let event: CalendarMeeting = found.value;
  if (!event.joinUrl) {
    const online = await calendar.value.updateMeeting(organiser, event.eventId, { onlineMeeting: true });
    if (!online.ok) return online;
    event = online.value;
  }

  const at = deps.clock.now().toISOString();
  const linked = await deps.store.transaction(async (tx) => {
    const current = await tx.meetings.get(meeting.id);
    if (!current || current.state !== "pending") return current ?? meeting;
    const next: Meeting = {
      ...current,
      startsAt: new Date(event.start).toISOString(),
      endsAt: new Date(event.end).toISOString(),
      state: "planned",
      calendarEventId: event.eventId,
      joinUrl: event.joinUrl,
      organiser,
    };
    await tx.meetings.update(next);
    await tx.audit.append(
      meetingAudit(deps, actor, "meeting.scheduled", next, at, {
        eventBy: "outlook",
        online: !!next.joinUrl,
      }),
    );
    // Convenor joins the Teams meeting's chat through Graph after this commits (the outbox retries it).
    if (next.joinUrl) await tx.outbox.enqueue(meetingChatInstallMessage(deps, next.id, at));
    return next;
  });
  return view(linked, false);
}
