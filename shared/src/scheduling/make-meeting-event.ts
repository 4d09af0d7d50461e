import type { Actor } from "../model/actor.js";
import type { Meeting } from "../model/meeting.js";
import type { Panel } from "../model/panel.js";
import { fail, ok, type Result } from "../model/result.js";
import type { CalendarPort } from "../ports/calendar.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { meetingInvitation } from "./meeting-invitation.js";
import { meetingChatInstallMessage } from "../meetings/meeting-chat/meeting-chat-install.js";
import { meetingAudit } from "./meeting-records.js";
import type { PanelAttendee } from "./scheduling-panel.js";

/**
 * Makes a pending meeting's calendar event (a Teams meeting; the transaction id is the meeting id, so a
 * repeat returns the first event) and marks the meeting planned. A Graph failure leaves it pending.
 */
export async function makeMeetingEvent(
  deps: UseCaseDeps,
  calendar: CalendarPort,
  actor: Actor,
  pending: {
    meeting: Meeting;
    panel: Pick<Panel, "name">;
    attendees: readonly PanelAttendee[];
    organiser: string;
  },
  appUrl: string,
): Promise<Result<Meeting>> {
  const { meeting, panel, attendees, organiser } = pending;
  const created = await calendar.createMeeting(
    meetingInvitation(panel, meeting, organiser, attendees, appUrl),
  );
  if (!created.ok) {
    return fail(
      created.error.code,
      `The meeting is saved, but its calendar event could not be made yet (${created.error.message}). ` +
        "Send the same request again to finish it; it will not make a second event.",
    );
  }
  const at = deps.clock.now().toISOString();
  const planned = await deps.store.transaction(async (tx) => {
    const current = await tx.meetings.get(meeting.id);
    if (!current || current.state !== "pending") return current ?? meeting;
    const next: Meeting = {
      ...current,
      state: "planned",
      calendarEventId: created.value.eventId,
      joinUrl: created.value.joinUrl,
      organiser,
    };
    await tx.meetings.update(next);
    await tx.audit.append(
      meetingAudit(deps, actor, "meeting.scheduled", next, at, {
        eventBy: "convenor",
        online: !!next.joinUrl,
      }),
    );
    // Convenor joins the Teams meeting's chat through Graph after this commits (the outbox retries it).
    if (next.joinUrl) await tx.outbox.enqueue(meetingChatInstallMessage(deps, next.id, at));
    return next;
  });
  return ok(planned);
}
