import type { ReferralState } from "../model/referral.js";
import type { FieldError } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import type { ReferralFormValues } from "./requirements/form-field.js";
import { ReferralFormCodes } from "./requirements/referral-error-codes.js";

const field = "isg.lcjstOutcome";

/**
 * An ISG referral must have been considered first at the child's LC-JST (002 B 3.3 i). The referrer gives
 * the LC-JST's outcome on the form, unless Convenor holds the LC-JST's decision itself; while an LC-JST
 * referral for the child is still awaiting its outcome, the ISG referral waits for it.
 */
export async function checkIsgPriorConsideration(
  tx: StoreTx,
  childId: string | null,
  values: ReferralFormValues,
): Promise<FieldError | null> {
  let pendingAtLcjst = false;
  for (const referral of childId ? await tx.referrals.list({ childId }) : []) {
    const panel = await tx.panels.get(referral.panelId);
    if (panel?.preset !== "lc-jst") continue;
    if (referral.history.some((step) => step.to === "decided")) return null;
    if (pendingStates.includes(referral.state)) pendingAtLcjst = true;
  }
  // Say no more than that: the referrer may not see the LC-JST referral, so its reference and details stay out.
  if (pendingAtLcjst) {
    return {
      field,
      code: ReferralFormCodes.isgRequiresLcjstOutcome,
      message:
        "The child's LC-JST has not reached an outcome yet: the LC-JST must consider the child before the ISG.",
    };
  }
  if (typeof values[field] === "string" && values[field].trim() !== "") return null;
  return {
    field,
    code: ReferralFormCodes.isgRequiresLcjstOutcome,
    message: "Give the outcome of the child's LC-JST: an ISG referral must be considered there first.",
  };
}

/** An LC-JST referral in these states is still waiting for the LC-JST's outcome. */
const pendingStates: readonly ReferralState[] = ["submitted", "accepted", "scheduled", "heard", "deferred"];
