import type { CapacityRefusalsView } from "../api/capacity-refusal-requests.js";
import type { Actor } from "../model/actor.js";
import { capacityRefusalLimits } from "../model/capacity-refusal.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { loadCapacityRefusalAccess } from "./capacity-refusal-access.js";
import { capacityRefusalRow } from "./capacity-refusal-row.js";

/** The panel's latest third-sector capacity refusals, for the people who may record one. No child is in them. */
export async function listCapacityRefusals(
  deps: UseCaseDeps,
  actor: Actor,
  input: { panelId: string },
): Promise<Result<CapacityRefusalsView>> {
  return deps.store.read(async (tx) => {
    const panel = await loadCapacityRefusalAccess(tx, actor, input.panelId);
    if (!panel.ok) return panel;
    const refusals = await tx.capacityRefusals.listRecentForPanel(
      panel.value.id,
      capacityRefusalLimits.recentCount,
    );
    return ok({
      panelId: panel.value.id,
      panelName: panel.value.name,
      refusals: refusals.map(capacityRefusalRow),
    });
  });
}
