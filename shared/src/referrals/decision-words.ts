import { ErrorCodes } from "../model/errors.js";
import { fail, type DomainError } from "../model/result.js";
import { ReferralTransitionCodes } from "./referral-state-machine.js";

/** The longest question, reason or note a chair or authoriser may give with a decision. */
export const maxDecisionWords = 2000;

/**
 * Checks the words given with a decision (a return's question, a decline's or urgent decision's reason):
 * required, and at most `maxDecisionWords` characters. Returns the failure to send back, or null.
 */
export function checkDecisionWords(
  field: "question" | "reason",
  text: string,
  what: string,
): { ok: false; error: DomainError } | null {
  const trimmed = text.trim();
  if (!trimmed) {
    return fail(ReferralTransitionCodes.reasonRequired, `Give ${what}.`, [
      { field, code: ReferralTransitionCodes.reasonRequired, message: `Give ${what}.` },
    ]);
  }
  if (trimmed.length > maxDecisionWords) {
    const message = `Keep ${what} to ${maxDecisionWords} characters (it has ${trimmed.length}).`;
    return fail(ErrorCodes.validation, message, [{ field, code: ErrorCodes.tooLong, message }]);
  }
  return null;
}
