import type { TrackerCompletion, TrackerWorkerCompletion } from "../api/tracker-requests.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { loadTrackerManagerAccess } from "./tracker-access.js";
import { isTrackerEligible } from "./tracker-eligibility.js";
import { isMonth } from "./tracker-months.js";

/**
 * The coordinator's view of a month: for each social worker, how many of their eligible young people are
 * submitted, part-saved or not started. Counts and workers only, no young person: chair or coordinator.
 */
export async function getTrackerCompletion(
  deps: UseCaseDeps,
  actor: Actor,
  panelId: string,
  month: string,
): Promise<Result<TrackerCompletion>> {
  if (!isMonth(month)) return fail(ErrorCodes.validation, "Give the month as YYYY-MM.");
  return deps.store.read(async (tx) => {
    const access = await loadTrackerManagerAccess(tx, actor, panelId);
    if (!access.ok) return access;
    const eligible = (await tx.caseload.listForPanel(panelId)).filter((child) =>
      isTrackerEligible(child, month),
    );
    const entries = new Map(
      (await tx.ratings.entriesBetween(panelId, month, month)).map((entry) => [entry.childId, entry]),
    );
    const byWorker = new Map<string, TrackerWorkerCompletion>();
    for (const child of eligible) {
      const worker = byWorker.get(child.workerId) ?? {
        workerId: child.workerId,
        workerName: child.workerName,
        teams: [],
        youngPeople: 0,
        complete: 0,
        partSaved: 0,
        notStarted: 0,
      };
      if (!worker.teams.includes(child.team)) worker.teams.push(child.team);
      worker.youngPeople += 1;
      const entry = entries.get(child.childId);
      if (entry?.complete) worker.complete += 1;
      else if (entry) worker.partSaved += 1;
      else worker.notStarted += 1;
      byWorker.set(child.workerId, worker);
    }
    const workers = [...byWorker.values()].sort(
      (a, b) => a.workerName.localeCompare(b.workerName, "en-GB") || (a.workerId < b.workerId ? -1 : 1),
    );
    const sum = (key: "youngPeople" | "complete" | "partSaved" | "notStarted") =>
      workers.reduce((total, worker) => total + worker[key], 0);
    return ok({
      panelId,
      month,
      workers,
      totals: {
        youngPeople: sum("youngPeople"),
        complete: sum("complete"),
        partSaved: sum("partSaved"),
        notStarted: sum("notStarted"),
      },
    });
  });
}
