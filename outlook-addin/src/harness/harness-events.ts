import type { HarnessAppointment } from "./appointment-store.js";

export interface SavedEvent {
  eventId: string;
  joinUrl: string | null;
}

/**
 * Saves (or sends) the appointment into the Graph sandbox through the service's local-mode harness route,
 * as Outlook saves to the organiser's calendar. `draftId` keeps a retried first save from making two events.
 */
export async function saveToSandbox(
  organiser: string,
  draftId: string,
  appointment: HarnessAppointment,
  send: boolean,
): Promise<SavedEvent> {
  const response = await fetch("harness/events", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({
      organiser,
      draftId,
      eventId: appointment.eventId,
      subject: appointment.subject,
      start: appointment.start,
      end: appointment.end,
      attendees: appointment.requiredAttendees,
      bodyHtml: appointment.bodyHtml,
      send,
    }),
  });
  const body = (await response.json().catch(() => null)) as
    (SavedEvent & { error?: { message?: string } }) | null;
  if (!response.ok || !body?.eventId) {
    throw new Error(body?.error?.message ?? `The harness could not save the event (${response.status}).`);
  }
  return { eventId: body.eventId, joinUrl: body.joinUrl ?? null };
}
