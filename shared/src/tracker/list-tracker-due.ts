import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { AgendaChangedMeanwhile, listRecentlyDue } from "./list-due-on-agenda.js";
import { loadTrackerManagerAccess } from "./tracker-access.js";

/**
 * The chair or coordinator lists everyone due now (two reds in one area, ending in the open month or the one
 * before) on the panel's next meeting; those already on it stay as they are. Saving and importing do this by
 * themselves; this catches up after ratings written any other way (the demo seed).
 */
export async function listTrackerDue(
  deps: UseCaseDeps,
  actor: Actor,
  input: { panelId: string },
): Promise<Result<{ listed: number }>> {
  const at = deps.clock.now().toISOString();
  try {
    return await deps.store.transaction(async (tx) => {
      const access = await loadTrackerManagerAccess(tx, actor, input.panelId);
      if (!access.ok) return access;
      return ok({ listed: await listRecentlyDue(deps, tx, actor, input.panelId, null, at) });
    });
  } catch (error) {
    if (!(error instanceof AgendaChangedMeanwhile)) throw error;
    return fail(ErrorCodes.conflict, "The panel's agenda changed at the same moment: try again.");
  }
}
