import { isReferrerOf } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { Panel } from "../model/panel.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { referralAudit } from "./referral-records.js";

export type ReturnedReferral =
  | {
      waiting: true;
      referralId: string;
      panel: Panel;
      /** The answers as last sent, to fill the form in again. */
      form: Record<string, unknown>;
      /** What the panel asked when it returned the referral; null when it gave no question. */
      question: string | null;
    }
  /** Not (or no longer) returned for more information: nothing to answer. */
  | { waiting: false; reference: string | null };

/**
 * "Edit and resubmit" on a returned referral: its answers, panel and question, for the person who made it
 * only. Opening it shows the child's detail, so it is audited (and so is a refusal).
 */
export async function openReturnedReferral(
  deps: UseCaseDeps,
  actor: Actor,
  input: { referralId: string },
): Promise<Result<ReturnedReferral>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const referral = await tx.referrals.get(input.referralId);
    if (!referral) return fail(ErrorCodes.notFound, "That referral was not found.");
    if (!isReferrerOf(actor.personId, referral)) {
      await tx.audit.append(referralAudit(deps, actor, "referral.view-refused", referral, at));
      return fail(ErrorCodes.forbidden, "Only the person who made this referral can edit it.");
    }
    if (referral.state !== "returned") return ok({ waiting: false, reference: referral.reference });
    const panel = await tx.panels.get(referral.panelId);
    if (!panel) throw new Error(`Referral ${referral.id} belongs to a missing panel`);
    await tx.audit.append(referralAudit(deps, actor, "referral.viewed", referral, at));
    const question = [...referral.history].reverse().find((step) => step.to === "returned")?.reason ?? null;
    return ok({ waiting: true, referralId: referral.id, panel, form: referral.form, question });
  });
}
