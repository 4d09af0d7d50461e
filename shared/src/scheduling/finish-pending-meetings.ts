import type { Actor } from "../model/actor.js";
import type { Meeting } from "../model/meeting.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { makeMeetingEvent } from "./make-meeting-event.js";
import { requireCalendar } from "./require-calendar.js";
import { attendeesOf, type PanelAttendee } from "./scheduling-panel.js";

export interface FinishPendingReport {
  scheduled: string[];
  /** Still pending: Graph busy or down again; the next pass tries again. */
  failed: { meetingId: string; code: string }[];
}

/**
 * Makes the calendar events of meetings Convenor recorded but could not make the event for (Graph failed and
 * nobody sent the request again), for meetings still to come. The event's transaction id is the meeting id,
 * so running alongside the chair's own retry still makes one event. Meetings waiting for an Outlook event are left to the add-in.
 */
export async function finishPendingMeetings(
  deps: UseCaseDeps,
  actor: Actor,
  input: { appUrl: string },
): Promise<Result<FinishPendingReport>> {
  const calendar = requireCalendar(deps);
  if (!calendar.ok) return calendar;
  const now = deps.clock.now();
  const pending = await deps.store.read(async (tx) => {
    const found: { meeting: Meeting; panelName: string; attendees: PanelAttendee[] }[] = [];
    for (const panel of await tx.panels.list()) {
      const meetings = (await tx.meetings.listByPanel(panel.id)).filter(
        (meeting) =>
          meeting.state === "pending" &&
          meeting.eventBy === "convenor" &&
          meeting.organiser &&
          meeting.startsAt > now.toISOString(),
      );
      if (meetings.length === 0) continue;
      const attendees = await attendeesOf(tx, await tx.panels.members(panel.id));
      for (const meeting of meetings) found.push({ meeting, panelName: panel.name, attendees });
    }
    return found;
  });
  const report: FinishPendingReport = { scheduled: [], failed: [] };
  for (const { meeting, panelName, attendees } of pending) {
    const made = await makeMeetingEvent(
      deps,
      calendar.value,
      actor,
      { meeting, panel: { name: panelName }, attendees, organiser: meeting.organiser ?? "" },
      input.appUrl,
    );
    if (made.ok) report.scheduled.push(meeting.id);
    else report.failed.push({ meetingId: meeting.id, code: made.error.code });
  }
  return ok(report);
}
