import { errorCatalogue } from "../model/error-codes.js";
import type { Referral, ReferralState } from "../model/referral.js";
import { fail, ok, type Result } from "../model/result.js";

export const ReferralTransitionCodes = errorCatalogue.referralTransition;

/** The lifecycle in docs/domain.md "Referrals": every other move is refused. */
export const allowedTransitions: Readonly<Record<ReferralState, readonly ReferralState[]>> = {
  draft: ["submitted"],
  submitted: ["accepted", "returned", "declined"],
  returned: ["submitted"],
  accepted: ["scheduled"],
  declined: ["closed"],
  scheduled: ["heard"],
  heard: ["decided", "deferred"],
  deferred: ["scheduled"],
  decided: ["closed"],
  closed: [],
};

/** A return carries the question for the referrer; a decline its reason. */
const reasonRequiredFor: readonly ReferralState[] = ["returned", "declined"];

export interface TransitionContext {
  byPersonId: string;
  /** ISO date-time. */
  at: string;
  reason?: string | null;
}

export function canTransition(from: ReferralState, to: ReferralState): boolean {
  return allowedTransitions[from].includes(to);
}

/** Moves the referral to `to`, recording who, when and why; bumps its version. */
export function transition(
  referral: Referral,
  to: ReferralState,
  context: TransitionContext,
): Result<Referral> {
  if (!canTransition(referral.state, to)) {
    return fail(
      ReferralTransitionCodes.invalidTransition,
      `A ${referral.state} referral cannot become ${to}.`,
    );
  }
  const reason = context.reason?.trim() || null;
  if (reasonRequiredFor.includes(to) && !reason) {
    return fail(
      ReferralTransitionCodes.reasonRequired,
      to === "returned" ? "Say what more information is needed." : "Give the reason for declining.",
    );
  }
  return ok({
    ...referral,
    state: to,
    updatedAt: context.at,
    version: referral.version + 1,
    history: [
      ...referral.history,
      { from: referral.state, to, at: context.at, byPersonId: context.byPersonId, reason },
    ],
  });
}
