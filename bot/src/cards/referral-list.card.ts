import type { ReferralPage, ReferralSummary } from "@convenor/shared";
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

/** Said under a list that continues on further pages; the card shows the first page only. */
const more = paragraph("And more: open the Convenor tab to see them all.");

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

/** `my referrals`: the first page of the person's own referrals and where each one is. Non-identifying. */
export function myReferralsCard(page: ReferralPage): AdaptiveCard {
  if (!page.items.length) {
    return adaptiveCard([
      heading("Your referrals"),
      paragraph("You have no referrals yet. Type **refer** to make one."),
    ]);
  }
  return adaptiveCard([
    heading("Your referrals"),
    ...page.items.map((summary) => row(summary, false)),
    ...(page.nextCursor ? [more] : []),
  ]);
}

/** `queue`: the first page of referrals awaiting screening on the panels the person chairs or coordinates. */
export function screeningQueueCard(page: ReferralPage): AdaptiveCard {
  if (!page.items.length) {
    return adaptiveCard([heading("Screening queue"), paragraph("Nothing is waiting for screening.")]);
  }
  const count = page.nextCursor ? `${page.items.length}+` : String(page.items.length);
  return adaptiveCard([
    heading(`Screening queue (${count})`),
    ...page.items.map((summary) => row(summary, true)),
    ...(page.nextCursor ? [more] : []),
  ]);
}
