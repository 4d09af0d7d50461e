import { urgentDecidersOf } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { Panel } from "../model/panel.js";
import type { Child } from "../model/people.js";
import type { Referral } from "../model/referral.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { checkIsgPriorConsideration } from "./isg-prior-consideration.js";
import { referralNotice } from "./referral-records.js";
import { panelChat, personChat } from "../conversations/conversation-key.js";
import { resolveChild } from "./resolve-child.js";
import type { ReferralFormValues } from "./requirements/form-field.js";
import { validateReferralForm } from "./requirements/referral-requirements.js";

export const validationFailedMessage = "Some answers need attention before the referral can be sent.";

/** Validates a form for submit, applies the ISG rule and finds or records the child. */
export async function prepareSubmission(
  deps: UseCaseDeps,
  actor: Actor,
  tx: StoreTx,
  panel: Panel,
  form: Record<string, unknown>,
  today: string,
): Promise<Result<{ values: ReferralFormValues; child: Child }>> {
  const validation = validateReferralForm(panel.preset, form, "submit", { today });
  if (!validation.ok) return fail(ErrorCodes.validation, validationFailedMessage, validation.errors);
  const child = await resolveChild(deps, tx, validation.values);
  if (!child) throw new Error("A validated referral form always identifies the child");
  if (panel.preset === "isg") {
    const priorError = await checkIsgPriorConsideration(tx, actor, child.id, validation.values);
    if (priorError) return fail(ErrorCodes.validation, validationFailedMessage, [priorError]);
  }
  return ok({ values: validation.values, child });
}

/** Tells the panel a referral arrived; an urgent one also goes to the panel's emergency authorisers. */
export async function announceSubmission(
  deps: UseCaseDeps,
  actor: Actor,
  tx: StoreTx,
  referral: Referral,
  at: string,
): Promise<void> {
  await tx.outbox.enqueue(
    referralNotice(deps, actor, "referral.submitted", panelChat(referral.panelId), referral, at),
  );
  if (referral.urgency !== "urgent") return;
  const members = await tx.panels.members(referral.panelId);
  for (const personId of urgentDecidersOf(members, referral.panelId)) {
    await tx.outbox.enqueue(
      referralNotice(deps, actor, "referral.urgent", personChat(personId), referral, at),
    );
  }
}
