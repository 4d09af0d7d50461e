import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { requireCalendar } from "./require-calendar.js";
import { syncMeetingWithEvent } from "./sync-meeting-with-event.js";

export interface MeetingSyncReport {
  checked: number;
  moved: string[];
  cancelled: string[];
  /** Meetings whose event could not be read this time (Graph busy or down), with the code. */
  failed: { meetingId: string; code: string }[];
}

/** Every planned meeting still to come with a calendar event, brought in step with it. */
export async function syncPlannedMeetings(
  deps: UseCaseDeps,
  actor: Actor,
): Promise<Result<MeetingSyncReport>> {
  const calendar = requireCalendar(deps);
  if (!calendar.ok) return calendar;
  const now = deps.clock.now().toISOString();
  const meetings = await deps.store.read(async (tx) => {
    const panels = await tx.panels.list();
    const linked = [];
    for (const panel of panels) {
      const upcoming = await tx.meetings.upcoming(panel.id, now);
      linked.push(...upcoming.filter((meeting) => meeting.calendarEventId && meeting.organiser));
    }
    return linked;
  });
  const report: MeetingSyncReport = { checked: 0, moved: [], cancelled: [], failed: [] };
  for (const meeting of meetings) {
    const synced = await syncMeetingWithEvent(deps, actor, { meetingId: meeting.id });
    report.checked++;
    if (!synced.ok) {
      report.failed.push({ meetingId: meeting.id, code: synced.error.code });
      continue;
    }
    if (synced.value.outcome === "moved") report.moved.push(meeting.id);
    if (synced.value.outcome === "cancelled") report.cancelled.push(meeting.id);
  }
  return ok(report);
}
