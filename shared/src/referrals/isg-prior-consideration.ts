import type { FieldError } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import type { ReferralFormValues } from "./requirements/form-field.js";
import { ReferralFormCodes } from "./requirements/referral-error-codes.js";

const field = "isg.lcjstOutcome";

/**
 * An ISG referral must have been considered first at the child's LC-JST (002 B 3.3 i). Convenor checks its
 * own LC-JST records when it has them; otherwise the referrer gives the outcome on the form.
 */
export async function checkIsgPriorConsideration(
  tx: StoreTx,
  childId: string | null,
  values: ReferralFormValues,
): Promise<FieldError | null> {
  const lcjstReferrals = [];
  for (const referral of childId ? await tx.referrals.list({ childId }) : []) {
    const panel = await tx.panels.get(referral.panelId);
    if (panel?.preset === "lc-jst" && referral.state !== "draft") lcjstReferrals.push(referral);
  }
  if (lcjstReferrals.length > 0) {
    if (lcjstReferrals.some((referral) => referral.history.some((step) => step.to === "decided")))
      return null;
    const pending = lcjstReferrals.map((referral) => referral.reference ?? referral.id).join(", ");
    return {
      field,
      code: ReferralFormCodes.isgRequiresLcjstOutcome,
      message: `The child's LC-JST referral (${pending}) has no outcome yet: the LC-JST must decide before the ISG.`,
    };
  }
  if (typeof values[field] === "string") return null;
  return {
    field,
    code: ReferralFormCodes.isgRequiresLcjstOutcome,
    message: "Give the outcome of the child's LC-JST: an ISG referral must be considered there first.",
  };
}
