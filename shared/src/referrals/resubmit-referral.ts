import { ukLocalDate } from "../calendar/iso-date.js";
import { canRefer, isReferrerOf } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { Panel } from "../model/panel.js";
import type { Referral } from "../model/referral.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { idempotentReferralWrite } from "./idempotent-referral-write.js";
import { referralAudit } from "./referral-records.js";
import { ReferralTransitionCodes, transition } from "./referral-state-machine.js";
import { validateResubmissionAnswer } from "./requirements/resubmission-answer.js";
import { announceSubmission, prepareSubmission, validationFailedMessage } from "./submission.js";

export interface ResubmitReferralInput {
  referralId: string;
  idempotencyKey: string;
  /** The edited answers, with the referrer's answer to the chair's question under `resubmission.answer`. */
  form: Record<string, unknown>;
}

export interface ResubmitReferralResult {
  referral: Referral;
  panel: Panel;
  replayed: boolean;
}

/**
 * The referrer answers "more information needed" and sends the referral back (returned -> submitted). The
 * version that was returned is kept, with the question and the answer, so the chair sees what changed.
 */
export async function resubmitReferral(
  deps: UseCaseDeps,
  actor: Actor,
  input: ResubmitReferralInput,
): Promise<Result<ResubmitReferralResult>> {
  const at = deps.clock.now().toISOString();
  return idempotentReferralWrite<ResubmitReferralResult>(deps, actor, {
    scope: "referral.resubmit",
    idempotencyKey: input.idempotencyKey,
    request: input,
    referralId: input.referralId,
    replay: async (tx, referralId) => {
      const referral = await tx.referrals.get(referralId);
      if (!referral) throw new Error(`Idempotency key points at a missing referral ${referralId}`);
      const panel = await tx.panels.get(referral.panelId);
      if (!panel) throw new Error(`Referral ${referral.id} belongs to a missing panel`);
      return ok({ referral, panel, replayed: true });
    },
    work: async (tx) => {
      const current = await tx.referrals.get(input.referralId);
      if (!current) return fail(ErrorCodes.notFound, "That referral was not found.");
      if (!isReferrerOf(actor.personId, current)) {
        return fail(ErrorCodes.forbidden, "Only the person who made this referral can resubmit it.");
      }
      if (current.state !== "returned") {
        return fail(
          ReferralTransitionCodes.invalidTransition,
          "Only a referral returned for more information can be resubmitted.",
        );
      }
      const panel = await tx.panels.get(current.panelId);
      if (!panel) throw new Error(`Referral ${current.id} belongs to a missing panel`);
      if (!canRefer(await tx.panels.membershipsOf(actor.personId), actor.personId, panel)) {
        return fail(ErrorCodes.forbidden, `You can no longer refer to ${panel.name}.`);
      }
      const answer = validateResubmissionAnswer(input.form);
      const prepared = await prepareSubmission(deps, actor, tx, panel, input.form, ukLocalDate(at));
      if (!answer.ok) {
        const formErrors = prepared.ok ? [] : (prepared.error.fields ?? []);
        if (!prepared.ok && prepared.error.code !== ErrorCodes.validation) return prepared;
        return fail(ErrorCodes.validation, validationFailedMessage, [answer.error, ...formErrors]);
      }
      if (!prepared.ok) return prepared;
      const { values, child } = prepared.value;
      const edited: Referral = {
        ...current,
        form: values,
        childId: child.id,
        urgency: values.urgency === "urgent" ? "urgent" : "routine",
      };
      const resubmitted = transition(edited, "submitted", { byPersonId: actor.personId, at });
      if (!resubmitted.ok) return resubmitted;
      if (!(await tx.referrals.update(resubmitted.value, current.version))) {
        return fail(
          ErrorCodes.conflict,
          "Someone changed this referral at the same time. Reload it and try again.",
        );
      }
      const returned = current.history.findLast((step) => step.to === "returned");
      await tx.referralVersions.insert({
        referralId: current.id,
        number: (await tx.referralVersions.list(current.id)).length + 1,
        form: current.form,
        question: returned?.reason ?? "",
        returnedAt: returned?.at ?? current.updatedAt,
        returnedById: returned?.byPersonId ?? "",
        answer: answer.answer,
        resubmittedAt: at,
      });
      await tx.audit.append(referralAudit(deps, actor, "referral.resubmitted", resubmitted.value, at));
      await announceSubmission(deps, actor, tx, resubmitted.value, at);
      return ok({ referral: resubmitted.value, panel, replayed: false });
    },
  });
}
