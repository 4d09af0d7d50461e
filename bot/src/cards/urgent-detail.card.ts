import type { FormField, ReferralDetail } from "@convenor/shared";
import { stateLabel } from "./card-labels.js";
import { adaptiveCard, attention, execute, notice, paragraph, type AdaptiveCard } from "./card-elements.js";
import { referralDetailBody } from "./referral-detail-body.js";
import { decideUrgentVerb, urgentReasonInput } from "./urgent-decision.card.js";

export interface UrgentDetailInput {
  detail: ReferralDetail;
  fields: readonly FormField[];
  /** Whether this person decides the panel's urgent requests (its emergency authoriser, or chair without one). */
  canDecide: boolean;
  /** Nonce for this view's decision buttons: the idempotency key of a click. */
  nonce: string;
  /** After a refused decision: the reason as typed, and what is wrong with it. */
  reason?: string;
  reasonError?: string;
}

/** "Open the case" on an urgent request: the detail, for the authoriser only, with Approve and Decline. */
export function urgentDetailCard(input: UrgentDetailInput): AdaptiveCard {
  const { referral } = input.detail;
  const body = referralDetailBody(input.detail, input.fields);
  if (referral.state !== "submitted") {
    body.push(
      paragraph(`This request has been decided: ${stateLabel(referral.state)}.`, { weight: "Bolder" }),
    );
    return adaptiveCard(body);
  }
  if (!input.canDecide) {
    body.push(
      paragraph("Only the panel's emergency authoriser can decide this request.", { isSubtle: true }),
    );
    return adaptiveCard(body);
  }
  const data = (decision: string) => ({ referralId: referral.id, decision, nonce: input.nonce });
  body.push(
    notice(
      "An approved request is listed automatically for retrospective consideration at the next meeting.",
      "warning",
    ),
    {
      type: "Input.Text",
      id: urgentReasonInput,
      label: "Reason for your decision",
      isMultiline: true,
      isRequired: true,
      maxLength: 2000,
      errorMessage: "Record the reason for your decision.",
      ...(input.reason !== undefined ? { value: input.reason } : {}),
    },
    ...(input.reasonError
      ? [{ ...attention(input.reasonError), id: `${urgentReasonInput}.error`, spacing: "Small" }]
      : []),
  );
  return adaptiveCard(body, [
    execute("Approve", decideUrgentVerb, data("approve"), { style: "positive" }),
    execute("Decline", decideUrgentVerb, data("decline"), { style: "destructive" }),
  ]);
}
