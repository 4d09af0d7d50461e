import type { MeetingWithDeadlines, Referral } from "@convenor/shared";
import { dayLabel, meetingTime, stateLabel, urgencyLabel } from "./card-labels.js";
import {
  adaptiveCard,
  facts,
  heading,
  notice,
  paragraph,
  type AdaptiveCard,
  literal,
} from "./card-elements.js";

export interface ConfirmationInput {
  referral: Pick<Referral, "reference" | "state" | "urgency">;
  panelName: string;
  /** Undefined when not known (a resubmission): the row is left out. */
  nextMeeting?: MeetingWithDeadlines | null;
  resubmitted?: boolean;
}

/** Replaces the form once the referral is filed: reference, panel, next steps, next meeting and deadline. */
export function referralConfirmationCard(input: ConfirmationInput): AdaptiveCard {
  const { referral, nextMeeting } = input;
  const rows: [string, string][] = [
    ["Reference", referral.reference ?? "(draft)"],
    ["Panel", literal(input.panelName)],
    ["State", stateLabel(referral.state)],
    ["Urgency", urgencyLabel(referral.urgency)],
  ];
  if (nextMeeting) {
    rows.push(["Next meeting", meetingTime(nextMeeting.meeting.startsAt)]);
    if (nextMeeting.deadlines.referral) {
      rows.push(["Referral deadline", dayLabel(nextMeeting.deadlines.referral)]);
    }
  } else if (nextMeeting === null) {
    rows.push(["Next meeting", "Not yet arranged: the coordinator will set a date"]);
  }
  const nextSteps =
    referral.urgency === "urgent"
      ? "The panel's emergency authoriser has been asked to decide now; the case will also be listed for the next meeting to consider retrospectively."
      : "The panel's chair or coordinator will screen it: they may accept it onto a meeting, return it with a question, or decline it. You will hear the outcome here.";
  return adaptiveCard([
    heading(input.resubmitted ? "Referral resubmitted" : "Referral sent"),
    notice(`Your referral ${referral.reference ?? ""} has been sent to ${literal(input.panelName)}.`, "good"),
    facts(rows),
    paragraph(`What happens next: ${nextSteps}`),
    paragraph("Type **my referrals** at any time to see where your referrals are.", { isSubtle: true }),
  ]);
}
