import type { TrackerCardView } from "../api/tracker-requests.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { childAuditEntries } from "./tracker-audit.js";
import { readWorkerMonth, trackerCardView } from "./tracker-card.js";
import { openMonthAt } from "./tracker-months.js";

/**
 * A social worker's monthly card on a panel: their young people eligible in the open month, with this month's
 * choices so far and last month's rating. For the worker themselves only (their personal chat); each young
 * person shown is audited.
 */
export async function getTrackerCard(
  deps: UseCaseDeps,
  actor: Actor,
  input: { panelId: string },
): Promise<Result<TrackerCardView>> {
  const at = deps.clock.now().toISOString();
  const month = openMonthAt(at);
  return deps.store.transaction(async (tx) => {
    const panel = await tx.panels.get(input.panelId);
    if (!panel || !(await tx.caseload.panelsOfWorker(actor.personId)).includes(panel.id)) {
      return fail(ErrorCodes.notFound, "You rate no young people on that panel's tracker.");
    }
    const read = await readWorkerMonth(tx, panel.id, actor.personId, month);
    const view = trackerCardView(panel, month, read);
    await tx.audit.appendMany(
      childAuditEntries(
        deps,
        actor,
        "tracker.card-viewed",
        view.youngPeople.map((child) => child.childId),
        at,
        { panelId: panel.id, month },
      ),
    );
    return ok(view);
  });
}
