import type { MeetingDetailView } from "../api/meeting-requests.js";
import { ukLocalDate } from "../calendar/iso-date.js";
import { meetingDeadlines } from "../calendar/meeting-deadlines.js";
import { closureDatesAround } from "../closure-days/closure-dates.js";
import { deadlineLabel } from "../scheduling/deadline-views.js";
import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { readAgendaView } from "./agenda-view.js";
import { deadlineStates } from "./deadline-states.js";
import { loadMeetingAccess } from "./meeting-access.js";
import { meetingSummary } from "./meeting-summary.js";

/** A meeting with its deadlines and their state, and its agenda as the person may see it. */
export async function getMeeting(
  deps: UseCaseDeps,
  actor: Actor,
  input: { meetingId: string },
): Promise<Result<MeetingDetailView>> {
  const today = ukLocalDate(deps.clock.now().toISOString());
  return deps.store.read(async (tx) => {
    const access = await loadMeetingAccess(tx, actor.personId, input.meetingId);
    if (!access.ok) return access;
    const { meeting, panel, viewer, items } = access.value;
    const agenda = await readAgendaView(tx, access.value, actor.personId);
    const papers = await tx.papers.listForItems(items.map((item) => item.id));
    const closed = await closureDatesAround(tx, ukLocalDate(meeting.startsAt));
    const deadlines = deadlineStates(
      meetingDeadlines(panel.settings, meeting.startsAt, closed),
      { agendaPublishedAt: agenda.publishedAt, anyPaperLate: papers.some((paper) => paper.late) },
      today,
      (kind) => deadlineLabel(kind, panel.preset),
    );
    return ok({
      meeting: meetingSummary(meeting, panel),
      deadlines,
      agenda,
      canManage: viewer === "manager",
    });
  });
}
