import type { MeetingDeadlinesView } from "../api/scheduling-requests.js";
import { canViewPanel } from "../auth/policies.js";
import { ukLocalDate } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { closureDatesAround } from "../closure-days/closure-dates.js";
import { deadlineViews } from "./deadline-views.js";

/** Every deadline a meeting of the panel on `meetingDate` (UK date) would have. Anyone on the panel may ask. */
export async function getMeetingDeadlines(
  deps: UseCaseDeps,
  actor: Actor,
  input: { panelId: string; meetingDate: string },
): Promise<Result<MeetingDeadlinesView>> {
  const today = ukLocalDate(deps.clock.now().toISOString());
  return deps.store.read(async (tx) => {
    const panel = await tx.panels.get(input.panelId);
    const memberships = panel ? await tx.panels.membershipsOf(actor.personId) : [];
    if (!panel || !canViewPanel(memberships, actor.personId, panel.id)) {
      return fail(ErrorCodes.notFound, "That panel was not found.");
    }
    return ok({
      panelId: panel.id,
      meetingDate: input.meetingDate,
      // Midday UTC is on the same date in London all year round.
      deadlines: deadlineViews(
        panel.settings,
        panel.preset,
        `${input.meetingDate}T12:00:00Z`,
        today,
        await closureDatesAround(tx, input.meetingDate),
      ),
    });
  });
}
