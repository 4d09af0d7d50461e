import { ukLocalDate } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import { meetingAudit } from "../scheduling/meeting-records.js";
import type { UseCaseDeps } from "../use-case-deps.js";

/**
 * Planned meetings whose day is over become held. A meeting counts as held from the end of the UK day it
 * ended on, not from its end time, so one that runs over, or whose chair tidies the agenda that afternoon,
 * is still open until the evening. Once held, its agenda no longer changes, it is no longer kept in step
 * with its calendar event, and the tab shows it as held. Cancelled and pending meetings are left as they are.
 */
export async function recordHeldMeetings(
  deps: UseCaseDeps,
  actor: Actor,
): Promise<Result<{ held: string[] }>> {
  const now = deps.clock.now().toISOString();
  const today = ukLocalDate(now);
  const held = await deps.store.transaction(async (tx) => {
    const ended = (await tx.meetings.plannedEndedBefore(now)).filter(
      (meeting) => ukLocalDate(meeting.endsAt) < today,
    );
    const marked: string[] = [];
    for (const meeting of ended) {
      if (!(await tx.meetings.markHeld(meeting.id))) continue;
      await tx.audit.append(meetingAudit(deps, actor, "meeting.held", meeting, now));
      marked.push(meeting.id);
    }
    return marked;
  });
  return ok({ held });
}
