import type { ReferralSummary } from "@convenor/shared";
import {
  adaptiveCard,
  execute,
  facts,
  heading,
  notice,
  paragraph,
  type AdaptiveCard,
  literal,
} from "./card-elements.js";

export const decideUrgentVerb = "urgent.decide";
export const urgentReasonInput = "urgent.reason";
export const openUrgentVerb = "urgent.open";

/** Sent to the emergency authoriser: an urgent request that cannot wait for the next meeting. */
export function urgentDecisionCard(summary: ReferralSummary, nonce: string): AdaptiveCard {
  const data = (decision: string) => ({ referralId: summary.id, decision, nonce });
  return adaptiveCard(
    [
      heading(`Urgent request ${summary.reference ?? ""}`),
      notice(
        "This request says it cannot wait for the next meeting. As emergency authoriser, please decide.",
        "warning",
      ),
      facts([
        ["Panel", literal(summary.panelName)],
        ["Requested", summary.requested.join(", ") || "Not stated"],
        ["Age band", summary.ageBand],
      ]),
      paragraph(
        "Open the case to read the referral before you decide. An approved request is listed automatically for retrospective consideration at the next meeting.",
      ),
      {
        type: "Input.Text",
        id: urgentReasonInput,
        label: "Reason for your decision",
        isMultiline: true,
        isRequired: true,
        maxLength: 2000,
        errorMessage: "Record the reason for your decision.",
      },
    ],
    [
      execute("Open the case", openUrgentVerb, { referralId: summary.id }),
      execute("Approve", decideUrgentVerb, data("approve"), { style: "positive" }),
      execute("Decline", decideUrgentVerb, data("decline"), { style: "destructive" }),
    ],
  );
}
