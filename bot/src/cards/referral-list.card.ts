import type { ReferralPage, ReferralSummary } from "@convenor/shared";
import { stateLabel } from "./card-labels.js";
import { editReferralVerb } from "./referral-outcome.card.js";
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

function row(summary: ReferralSummary, button: CardElement | null): CardElement {
  // A draft has no reference yet: "Draft" once, not again as its state.
  const named = summary.reference
    ? `**${summary.reference}** · ${literal(summary.panelName)} · ${stateLabel(summary.state)}`
    : `**Draft** · ${literal(summary.panelName)}`;
  const line = `${named}${summary.urgency === "urgent" ? " · urgent" : ""} · age ${summary.ageBand}`;
  return {
    type: "Container",
    separator: true,
    items: [paragraph(line), ...(button ? [{ type: "ActionSet", actions: [button] }] : [])],
  };
}

/** A returned referral waits for its referrer: the list opens it to answer, as its outcome card does. */
const ownButton = (summary: ReferralSummary) =>
  summary.state === "returned"
    ? execute("Edit and resubmit", editReferralVerb, { referralId: summary.id })
    : null;

/**
 * `my referrals`: the first page of the person's own referrals and where each one is, a returned one with its
 * Edit and resubmit button. Non-identifying.
 */
export function myReferralsCard(page: ReferralPage): AdaptiveCard {
  if (!page.items.length) {
    return adaptiveCard([
      heading("Your referrals"),
      paragraph("You have no referrals yet. Type **refer** to make one."),
    ]);
  }
  return adaptiveCard([
    heading("Your referrals"),
    ...page.items.map((summary) => row(summary, ownButton(summary))),
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
    ...page.items.map((summary) =>
      row(summary, execute("Open to screen", openScreeningVerb, { referralId: summary.id })),
    ),
    ...(page.nextCursor ? [more] : []),
  ]);
}
