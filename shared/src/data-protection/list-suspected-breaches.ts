import type { WhoSawReport } from "../api/data-protection-requests.js";
import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import type { SuspectedBreach } from "../model/suspected-breach.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { dataProtectionEntry, loadDataProtectionAccess, refusedEntry } from "./data-protection-access.js";
import { buildWhoSawReport, checkPeriod } from "./who-saw-report.js";

export interface SuspectedBreachView {
  breach: SuspectedBreach;
  /** Who saw the child in the breach's period, generated now, in the viewer's scope. */
  whoSaw: WhoSawReport;
}

/**
 * A child's suspected breaches, each with its who-saw report: the data protection officer sees all; a panel's
 * chair those their panels recorded, with their panel's part of the report. Viewing is audited.
 */
export async function listSuspectedBreaches(
  deps: UseCaseDeps,
  actor: Actor,
  input: { childId: string },
): Promise<Result<SuspectedBreachView[]>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const access = await loadDataProtectionAccess(tx, actor, input.childId, { officerOnly: false });
    if (!access.ok) {
      await tx.audit.append(refusedEntry(deps, actor, at, "breaches", input.childId, access.error));
      return access;
    }
    const { child, scope } = access.value;
    const breaches = (await tx.breaches.ofChild(child.id)).filter(
      (b) => scope.kind === "all" || (b.panelId !== null && scope.panelIds.has(b.panelId)),
    );
    const views: SuspectedBreachView[] = [];
    for (const breach of breaches) {
      const period = checkPeriod(breach.periodFrom, breach.periodTo);
      if (!period.ok) continue;
      const whoSaw = await buildWhoSawReport(tx, scope, child.id, {
        from: breach.periodFrom,
        to: breach.periodTo,
        ...period.value,
      });
      views.push({ breach, whoSaw });
    }
    await tx.audit.append(
      dataProtectionEntry(deps, actor, at, "data-protection.breaches-viewed", child.id, {
        breaches: views.length,
      }),
    );
    return ok(views);
  });
}
