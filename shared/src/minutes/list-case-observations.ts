import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { readMinuteContext } from "./minute-context.js";

export interface CaseObservationView {
  id: string;
  agendaItemId: string;
  /** The item's case reference. */
  caseReference: string;
  text: string;
  recordedByName: string;
  recordedAt: string;
  filedUrl: string | null;
}

/** The meeting's case observations, for the panel's chair and coordinators; each one read is audited. */
export async function listCaseObservations(
  deps: UseCaseDeps,
  actor: Actor,
  input: { meetingId: string },
): Promise<Result<CaseObservationView[]>> {
  const at = deps.clock.now().toISOString();
  // A transaction, not a read: every observation seen is written to the audit log.
  return deps.store.transaction(async (tx) => {
    const context = await readMinuteContext(tx, actor, input.meetingId);
    if (!context.ok) return context;
    const observations = await tx.caseObservations.ofMeeting(input.meetingId);
    if (!observations.length) return ok([]);
    const items = await tx.agenda.listForMeeting(input.meetingId);
    const people = await tx.people.getMany([...new Set(observations.map((o) => o.recordedById))]);
    await tx.audit.appendMany(
      observations.map((o) =>
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
    return ok(
      observations.map((o) => ({
        id: o.id,
        agendaItemId: o.agendaItemId,
        caseReference: items.find((item) => item.id === o.agendaItemId)?.title ?? "Case item",
        text: o.text,
        recordedByName: people.find((p) => p.id === o.recordedById)?.displayName ?? "Unknown",
        recordedAt: o.recordedAt,
        filedUrl: o.filedUrl,
      })),
    );
  });
}
