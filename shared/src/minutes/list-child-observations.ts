import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import type { CaseObservationView } from "./list-case-observations.js";
import { keepsMinutes } from "./minute-context.js";

/**
 * The observations on one child's record (for the child record page): only those made on panels the actor
 * chairs or coordinates, each one returned audited. Someone who keeps no such panel gets none.
 */
export async function listChildObservations(
  deps: UseCaseDeps,
  actor: Actor,
  input: { childId: string },
): Promise<Result<CaseObservationView[]>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) =>
    ok(await readChildObservations(deps, tx, actor, input.childId, at)),
  );
}

/** `listChildObservations` inside a use case's transaction (the child's record shows them too). */
export async function readChildObservations(
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  childId: string,
  at: string,
): Promise<CaseObservationView[]> {
  const memberships = await tx.panels.membershipsOf(actor.personId);
  const visible = (await tx.caseObservations.ofChild(childId)).filter((o) =>
    keepsMinutes(memberships, actor.personId, o.panelId),
  );
  if (!visible.length) return [];
  const people = await tx.people.getMany([...new Set(visible.map((o) => o.recordedById))]);
  const items = await Promise.all(visible.map((o) => tx.agenda.get(o.agendaItemId)));
  await tx.audit.appendMany(
    visible.map((o) =>
      meetingAudit(
        deps,
        actor,
        "observation.viewed",
        { type: "child", id: o.childId, childId: o.childId },
        at,
        {
          observationId: o.id,
        },
      ),
    ),
  );
  return visible.map((o, index) => ({
    id: o.id,
    agendaItemId: o.agendaItemId,
    caseReference: items[index]?.title ?? "Case item",
    text: o.text,
    recordedByName: people.find((p) => p.id === o.recordedById)?.displayName ?? "Unknown",
    recordedAt: o.recordedAt,
    filedUrl: o.filedUrl,
  }));
}
