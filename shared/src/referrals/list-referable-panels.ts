import { canRefer } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import type { Panel } from "../model/panel.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";

/** Panels the actor may file a referral to, by name. */
export async function listReferablePanels(deps: UseCaseDeps, actor: Actor): Promise<Result<Panel[]>> {
  return deps.store.read(async (tx) => {
    const memberships = await tx.panels.membershipsOf(actor.personId);
    const panels = await tx.panels.list();
    return ok(
      panels
        .filter((panel) => canRefer(memberships, actor.personId, panel))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
  });
}
