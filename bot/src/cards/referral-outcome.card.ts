import type { ReferralSummary } from "@convenor/shared";
import { meetingTime, stateLabel } from "./card-labels.js";
import {
  adaptiveCard,
  execute,
  facts,
  heading,
  literal,
  notice,
  paragraph,
  type AdaptiveCard,
} from "./card-elements.js";

export const editReferralVerb = "referral.edit";

export interface OutcomeInput {
  summary: ReferralSummary;
  /** The chair's question (returned) or reason (declined, urgent decisions). */
  question?: string;
  reason?: string;
  meetingStartsAt?: string | null;
  retrospective?: boolean;
  /** The panel's decision at its meeting (`approved`, `declined`, `deferred`), with `reason` its reasons. */
  panelDecision?: string;
}

const panelDecisionLabels: Record<string, string> = {
  approved: "Approved",
  declined: "Declined",
  deferred: "Deferred to a later meeting",
  noted: "Noted",
};

/** Sent to the referrer's personal chat when their referral is screened or an urgent request decided. */
export function referralOutcomeCard(input: OutcomeInput): AdaptiveCard {
  const { summary } = input;
  const reference = summary.reference ?? "";
  const rows: [string, string][] = [
    ["Reference", reference],
    ["Panel", literal(summary.panelName)],
    ["Outcome", stateLabel(summary.state)],
  ];
  if (input.meetingStartsAt) rows.push(["Meeting", meetingTime(input.meetingStartsAt)]);
  if (input.panelDecision)
    rows.push(["Panel decision", panelDecisionLabels[input.panelDecision] ?? "Recorded"]);
  if (input.reason) rows.push([input.panelDecision ? "Reasons" : "Reason", literal(input.reason)]);
  const body = [heading(`Referral ${reference}: ${stateLabel(summary.state).toLowerCase()}`), facts(rows)];
  if (summary.state === "returned") {
    body.push(
      notice(
        `The panel asks: ${input.question ? literal(input.question) : "more information is needed."}`,
        "warning",
      ),
    );
    body.push(paragraph("Edit the referral to answer, then resubmit it. It keeps its reference."));
    return adaptiveCard(body, [execute("Edit and resubmit", editReferralVerb, { referralId: summary.id })]);
  }
  if (summary.state === "accepted" || summary.state === "scheduled") {
    body.push(
      paragraph(
        input.retrospective
          ? "The emergency authoriser approved this request. It is listed for retrospective consideration at the next meeting."
          : input.meetingStartsAt
            ? "It will be considered at that meeting. Send any papers before the papers deadline."
            : "It will be listed for the next meeting once a date is set.",
      ),
    );
  }
  if (input.panelDecision) {
    body.push(
      paragraph("Remember to tell the family the panel's decision, and record that you have done so."),
    );
    return adaptiveCard(body);
  }
  if (summary.state === "declined") {
    body.push(paragraph("Remember to tell the family the outcome, and record that you have done so."));
  }
  return adaptiveCard(body);
}
