import type { TrackerGrid, TrackerGridRow } from "../api/tracker-requests.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import { previousMonth } from "../ratings/two-reds.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { loadTrackerAccess } from "./tracker-access.js";
import { childAuditEntries } from "./tracker-audit.js";
import { trackerEligibility } from "./tracker-eligibility.js";
import { isMonth, monthsEnding, openMonthAt } from "./tracker-months.js";
import { allAreas, byName, displayNameOf, dueListings, groupByChild } from "./tracker-rows.js";

export const trackerGridMonths = 12;

/**
 * The High Risk Panel's tracker grid: twelve months ending with `toMonth` (default: the month open for
 * rating), a row per tracked young person the person may see (the panel's members, chair and coordinator:
 * all; a social worker: their own), with each month's ratings and the months they became due for the panel.
 * Three queries whatever the size (young people, a 13-month range of entries, the audit rows), so 600 young
 * people answer as fast as six. Each young person shown is audited.
 */
export async function getTrackerGrid(
  deps: UseCaseDeps,
  actor: Actor,
  panelId: string,
  options: { toMonth?: string } = {},
): Promise<Result<TrackerGrid>> {
  const at = deps.clock.now().toISOString();
  const toMonth = options.toMonth ?? openMonthAt(at);
  if (!isMonth(toMonth)) return fail(ErrorCodes.validation, "Give the last month as YYYY-MM.");
  const months = monthsEnding(toMonth, trackerGridMonths);
  return deps.store.transaction(async (tx) => {
    const access = await loadTrackerAccess(tx, actor, panelId);
    if (!access.ok) return access;
    const filter = access.value.scope === "worker" ? { workerId: actor.personId } : {};
    const tracked = (await tx.caseload.listForPanel(panelId, filter)).sort(byName);
    const entries = groupByChild(
      await tx.ratings.entriesBetween(panelId, previousMonth(months[0]!), toMonth, filter),
    );
    const rows = tracked.map((child): TrackerGridRow => {
      const own = entries.get(child.childId) ?? [];
      const byMonth = new Map(own.map((entry) => [entry.month, entry]));
      const eligibleIn = trackerEligibility(child);
      return {
        childId: child.childId,
        displayName: displayNameOf(child),
        worker: { id: child.workerId, name: child.workerName },
        team: child.team,
        months: months.map((month) => {
          const entry = byMonth.get(month);
          return {
            month,
            areas: entry ? allAreas(entry.areas) : null,
            complete: entry?.complete ?? false,
            eligible: eligibleIn(month),
          };
        }),
        due: dueListings(own, months).map(({ month, areas }) => ({ month, areas })),
      };
    });
    await tx.audit.appendMany(
      childAuditEntries(
        deps,
        actor,
        "tracker.viewed",
        rows.map((row) => row.childId),
        at,
        { panelId, toMonth },
      ),
    );
    return ok({ panelId, months, scope: access.value.scope, rows });
  });
}
