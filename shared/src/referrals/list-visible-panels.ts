import { canViewPanel } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import type { Panel } from "../model/panel.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";

/** Panels the actor holds any role on, by name. */
export async function listVisiblePanels(deps: UseCaseDeps, actor: Actor): Promise<Result<Panel[]>> {
  return deps.store.read(async (tx) => {
    const memberships = await tx.panels.membershipsOf(actor.personId);
    const panels = await tx.panels.list();
    return ok(
      panels
        .filter((panel) => canViewPanel(memberships, actor.personId, panel.id))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
  });
}
