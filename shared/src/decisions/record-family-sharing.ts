import { canRunMeeting } from "../auth/policies.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { sharingMethods, type FamilySharing, type SharingMethod } from "../model/decision.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { DecisionCodes } from "./decision-codes.js";
import { familySharerOf } from "./family-sharer.js";
import { isIsoDay } from "./iso-day.js";

export const maxSharingNote = 1000;

export interface RecordFamilySharingInput {
  agendaItemId: string;
  /** YYYY-MM-DD, from the decision's day to today. */
  sharedOn: string;
  method: SharingMethod;
  note?: string | null;
}

/**
 * The Lead Professional, or the Named Person where there is none, records when and how the decision on a
 * referral was shared with the family (002 A 6.6); the referrer or the panel's chair may record it for them.
 * Once a decision: a second record is refused.
 */
export async function recordFamilySharing(
  deps: UseCaseDeps,
  actor: Actor,
  input: RecordFamilySharingInput,
): Promise<Result<FamilySharing>> {
  const now = deps.clock.now();
  const at = now.toISOString();
  return deps.store.transaction(async (tx) => {
    const item = await tx.agenda.get(input.agendaItemId);
    const decision = item ? (await tx.votes.decisionsOfItems([item.id])).at(-1) : undefined;
    const referral = decision?.referralId ? await tx.referrals.get(decision.referralId) : null;
    const memberships = await tx.panels.membershipsOf(actor.personId);
    const sharer = referral ? await familySharerOf(tx, referral, item) : null;
    if (!decision || !referral || !sharer) {
      return fail(
        DecisionCodes.notFound,
        "That decision could not be found, or it has no referral to share.",
      );
    }
    const allowed =
      actor.personId === sharer.personId ||
      actor.personId === referral.referrerId ||
      canRunMeeting(memberships, actor.personId, referral.panelId);
    if (!allowed) {
      return fail(
        DecisionCodes.notFamilySharer,
        "Only the Lead Professional or Named Person, the referrer or the panel's chair can record this.",
      );
    }
    const today = at.slice(0, 10);
    if (
      !isIsoDay(input.sharedOn) ||
      input.sharedOn > today ||
      input.sharedOn < decision.decidedAt.slice(0, 10)
    ) {
      const message = "The date shared must be a real date from the decision's day to today.";
      return fail(DecisionCodes.invalidDate, message, [
        { field: "sharedOn", code: DecisionCodes.invalidDate, message },
      ]);
    }
    if (!sharingMethods.includes(input.method)) {
      const message = "Choose how the outcome was shared.";
      return fail(ErrorCodes.validation, message, [
        { field: "method", code: ErrorCodes.validation, message },
      ]);
    }
    const note = input.note?.trim() || null;
    if (note && note.length > maxSharingNote) {
      const message = `Keep the note to ${maxSharingNote} characters (it has ${note.length}).`;
      return fail(ErrorCodes.validation, message, [{ field: "note", code: ErrorCodes.validation, message }]);
    }
    const already = await tx.familySharing.ofDecisions([decision.id]);
    if (already.length > 0) {
      return fail(DecisionCodes.sharingAlreadyRecorded, "Sharing with the family is already recorded.");
    }
    const sharing: FamilySharing = {
      decisionId: decision.id,
      childId: decision.childId,
      sharedOn: input.sharedOn,
      method: input.method,
      note,
      sharedAs: sharer.role,
      recordedById: actor.personId,
      recordedAt: at,
    };
    await tx.familySharing.insert(sharing);
    await tx.audit.append(
      meetingAudit(
        deps,
        actor,
        "decision.family-sharing-recorded",
        { type: "referral", id: referral.id, childId: referral.childId },
        at,
        { decisionId: decision.id, method: sharing.method },
      ),
    );
    return ok(sharing);
  });
}
