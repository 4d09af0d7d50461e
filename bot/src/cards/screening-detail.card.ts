import {
  maxDecisionWords,
  type FormField,
  type LcjstStanding,
  type Meeting,
  type ReferralDetail,
  type ResubmissionView,
} from "@convenor/shared";
import { meetingTime, stateLabel } from "./card-labels.js";
import {
  adaptiveCard,
  attention,
  clipText,
  execute,
  paragraph,
  showCard,
  type AdaptiveCard,
} from "./card-elements.js";
import { referralDetailBody } from "./referral-detail-body.js";
import { lcjstNotes, resubmissionNotes } from "./screening-notes.js";

export const decideScreeningVerb = "screening.decide";
export const screeningInputs = {
  meetingId: "screening.meetingId",
  question: "screening.question",
  reason: "screening.reason",
};
export const nextMeetingChoice = "next";

export interface ScreeningDetailInput {
  detail: ReferralDetail;
  fields: readonly FormField[];
  /** Planned meetings the referral could be accepted onto, soonest first. */
  meetings: readonly Meeting[];
  /** Whether this person may screen (chair or coordinator of the panel). */
  canScreen: boolean;
  /** Nonce for this view's decision buttons: the idempotency key of a click. */
  nonce: string;
  /** For an ISG referral: where its LC-JST outcome comes from (`ScreeningDetail.lcjst`). */
  lcjst?: LcjstStanding | null;
  /** After a return and resubmit: question, answer and changes (`ScreeningDetail.resubmission`). */
  resubmission?: ResubmissionView | null;
  /** After a refused return or decline: what was typed, and what is wrong with it, shown by its input. */
  refused?: { field: "question" | "reason"; text: string; error: string };
}

/** The per-user view for those allowed to see the case: only the person who opened it sees this card. */
export function screeningDetailCard(input: ScreeningDetailInput): AdaptiveCard {
  const { referral } = input.detail;
  const body = referralDetailBody(input.detail, input.fields, [
    ...(input.resubmission ? resubmissionNotes(input.resubmission, input.fields) : []),
    ...(input.lcjst ? lcjstNotes(input.lcjst) : []),
  ]);

  if (referral.state !== "submitted") {
    body.push(
      paragraph(`This referral has been screened: ${stateLabel(referral.state)}.`, { weight: "Bolder" }),
    );
    return adaptiveCard(body);
  }
  if (!input.canScreen) {
    body.push(
      paragraph("Only the panel's chair or coordinator can screen this referral.", { isSubtle: true }),
    );
    return adaptiveCard(body);
  }

  const typed = (field: "question" | "reason") =>
    input.refused?.field === field
      ? {
          // What was typed, even over the limit, so it can be shortened; bounded so the card stays small.
          value: clipText(input.refused.text, 2 * maxDecisionWords),
          after: [
            { ...attention(input.refused.error), id: `${screeningInputs[field]}.error`, spacing: "Small" },
          ],
        }
      : { after: [] };
  const question = typed("question");
  const reason = typed("reason");
  const data = (decision: string) => ({ referralId: referral.id, decision, nonce: input.nonce });
  const accept = showCard(
    "Accept",
    [
      {
        type: "Input.ChoiceSet",
        id: screeningInputs.meetingId,
        label: "Onto which meeting",
        isRequired: true,
        errorMessage: "Choose a meeting.",
        value: nextMeetingChoice,
        choices: [
          { title: "The next meeting it can reach", value: nextMeetingChoice },
          ...input.meetings.map((meeting) => ({ title: meetingTime(meeting.startsAt), value: meeting.id })),
        ],
      },
    ],
    [execute("Accept referral", decideScreeningVerb, data("accept"), { style: "positive" })],
  );
  const returnIt = showCard(
    "Return",
    [
      {
        type: "Input.Text",
        id: screeningInputs.question,
        label: "What more information is needed",
        isMultiline: true,
        isRequired: true,
        maxLength: maxDecisionWords,
        errorMessage: "Ask the referrer what you need to know.",
        ...(question.value !== undefined ? { value: question.value } : {}),
      },
      ...question.after,
    ],
    [execute("Return to referrer", decideScreeningVerb, data("return"))],
  );
  const decline = showCard(
    "Decline",
    [
      {
        type: "Input.Text",
        id: screeningInputs.reason,
        label: "Reason for declining",
        isMultiline: true,
        isRequired: true,
        maxLength: maxDecisionWords,
        errorMessage: "Give the reason the referral is declined.",
        ...(reason.value !== undefined ? { value: reason.value } : {}),
      },
      ...reason.after,
    ],
    [execute("Decline referral", decideScreeningVerb, data("decline"), { style: "destructive" })],
  );
  return adaptiveCard(body, [accept, returnIt, decline]);
}
