import { newAuditEntry } from "../audit/new-audit-entry.js";
import type { ReviewConsulteesView, SetReviewConsulteesInput } from "../api/review-requests.js";
import { canChangePanelSettings } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { MeetingCodes } from "../meetings/meeting-codes.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { loadReviewAccess } from "./review-access.js";

/**
 * The chair names the panel's Practice Manager and Safeguarding Service Manager, who are consulted on plans
 * past twelve months (003 3.6); one left unnamed (null) is the chair. Tasks already made keep their person.
 * Audited with the names before and after.
 */
export async function setReviewConsultees(
  deps: UseCaseDeps,
  actor: Actor,
  input: SetReviewConsulteesInput,
): Promise<Result<ReviewConsulteesView>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const access = await loadReviewAccess(tx, actor, input.panelId);
    if (!access.ok) return access;
    if (
      !canChangePanelSettings(await tx.panels.membershipsOf(actor.personId), actor.personId, input.panelId)
    ) {
      return fail(ErrorCodes.forbidden, "Only the panel's chair can name who is consulted.");
    }
    const ids = [input.practiceManagerId, input.safeguardingServiceManagerId].filter((id) => id !== null);
    const people = await tx.people.getMany(ids);
    if (people.length !== new Set(ids).size) {
      return fail(MeetingCodes.unknownPerson, "That person is not known to Convenor.");
    }
    const before = await tx.cinReviews.consultees(input.panelId);
    const after = {
      panelId: input.panelId,
      practiceManagerId: input.practiceManagerId,
      safeguardingServiceManagerId: input.safeguardingServiceManagerId,
    };
    await tx.cinReviews.setConsultees(after);
    await tx.audit.append(
      newAuditEntry(
        deps,
        actor,
        "panel.review-consultees-changed",
        { type: "panel", id: input.panelId },
        at,
        { before, after },
      ),
    );
    const chair = (await tx.panels.members(input.panelId)).find((m) => m.roles.includes("chair"))?.personId;
    const everyone = await tx.people.getMany([...ids, ...(chair ? [chair] : [])]);
    const names = new Map(everyone.map((person) => [person.id, person.displayName]));
    const resolve = (id: string | null) => {
      const who = id ?? chair ?? null;
      return who ? { id: who, name: names.get(who) ?? "Unknown", named: id !== null } : null;
    };
    return ok({
      panelId: input.panelId,
      practiceManager: resolve(input.practiceManagerId),
      safeguardingServiceManager: resolve(input.safeguardingServiceManagerId),
    });
  });
}
