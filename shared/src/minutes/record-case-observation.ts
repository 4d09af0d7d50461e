import type { Actor } from "../model/actor.js";
import type { CaseObservation } from "../model/minute.js";
import { fail, ok, type Result } from "../model/result.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { MinuteCodes } from "./minute-codes.js";
import { readMinuteContext } from "./minute-context.js";
import { checkMinuteText, minuteLimits } from "./minute-limits.js";
import { minuteNotice, observationFileKind } from "./minute-notices.js";

/**
 * The chair or coordinator records what was said about one child's plan at a case item (000 5): kept on the
 * child's record with restricted access, filed to the panel's restricted library, never in the minute.
 */
export async function recordCaseObservation(
  deps: UseCaseDeps,
  actor: Actor,
  input: { meetingId: string; agendaItemId: string; text: string },
): Promise<Result<CaseObservation>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const context = await readMinuteContext(tx, actor, input.meetingId);
    if (!context.ok) return context;
    const bad = checkMinuteText("text", input.text, minuteLimits.observation, "the observation", {
      required: true,
    });
    if (bad) return bad;
    const item = await tx.agenda.get(input.agendaItemId);
    if (!item || item.meetingId !== input.meetingId || item.childId === null) {
      return fail(MinuteCodes.notACaseItem, "Observations are recorded on this meeting's case items only.");
    }
    const observation: CaseObservation = {
      id: newIdFrom(deps),
      meetingId: input.meetingId,
      agendaItemId: item.id,
      panelId: context.value.panel.id,
      childId: item.childId,
      text: input.text.trim(),
      recordedById: actor.personId,
      recordedAt: at,
      filedUrl: null,
      filedAt: null,
    };
    await tx.caseObservations.insert(observation);
    await tx.outbox.enqueue(
      minuteNotice(
        deps,
        actor,
        observationFileKind,
        `observation:${observation.id}`,
        { observationId: observation.id },
        at,
      ),
    );
    await tx.audit.append(
      meetingAudit(
        deps,
        actor,
        "observation.recorded",
        { type: "child", id: item.childId, childId: item.childId },
        at,
        {
          meetingId: input.meetingId,
          agendaItemId: item.id,
        },
      ),
    );
    return ok(observation);
  });
}
