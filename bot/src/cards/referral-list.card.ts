import type { ReferralSummary } from "@convenor/shared";
import { stateLabel } from "./card-labels.js";
import { openScreeningVerb } from "./screening-summary.card.js";
import {
  adaptiveCard,
  execute,
  heading,
  paragraph,
  type AdaptiveCard,
  type CardElement,
  literal,
} from "./card-elements.js";

const maxRows = 30;

function row(summary: ReferralSummary, withScreenButton: boolean): CardElement {
  const line = `**${summary.reference ?? "Draft"}** · ${literal(summary.panelName)} · ${stateLabel(summary.state)}${
    summary.urgency === "urgent" ? " · urgent" : ""
  } · age ${summary.ageBand}`;
  return {
    type: "Container",
    separator: true,
    items: [
      paragraph(line),
      ...(withScreenButton
        ? [
            {
              type: "ActionSet",
              actions: [execute("Open to screen", openScreeningVerb, { referralId: summary.id })],
            },
          ]
        : []),
    ],
  };
}

/** `my referrals`: the person's own referrals and where each one is. Non-identifying. */
export function myReferralsCard(summaries: readonly ReferralSummary[]): AdaptiveCard {
  if (!summaries.length) {
    return adaptiveCard([
      heading("Your referrals"),
      paragraph("You have no referrals yet. Type **refer** to make one."),
    ]);
  }
  return adaptiveCard([
    heading("Your referrals"),
    ...summaries.slice(0, maxRows).map((summary) => row(summary, false)),
    ...(summaries.length > maxRows
      ? [paragraph(`And ${summaries.length - maxRows} more: see the Convenor tab.`)]
      : []),
  ]);
}

/** `queue`: referrals awaiting screening on the panels the person chairs or coordinates. */
export function screeningQueueCard(summaries: readonly ReferralSummary[]): AdaptiveCard {
  if (!summaries.length) {
    return adaptiveCard([heading("Screening queue"), paragraph("Nothing is waiting for screening.")]);
  }
  return adaptiveCard([
    heading(`Screening queue (${summaries.length})`),
    ...summaries.slice(0, maxRows).map((summary) => row(summary, true)),
    ...(summaries.length > maxRows
      ? [paragraph(`And ${summaries.length - maxRows} more: see the Convenor tab.`)]
      : []),
  ]);
}
