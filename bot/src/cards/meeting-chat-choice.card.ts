import type { MeetingChatChoice } from "@convenor/shared";
import { adaptiveCard, execute, heading, paragraph, type AdaptiveCard } from "./card-elements.js";
import { meetingTime } from "./card-labels.js";

export const linkMeetingVerb = "meeting.link-chat";

/**
 * Asks which meeting this chat belongs to, when the chair could mean several: panel names and times only,
 * as the card is posted in a shared chat.
 */
export function meetingChatChoiceCard(choices: readonly MeetingChatChoice[]): AdaptiveCard {
  return adaptiveCard(
    [
      heading("Which meeting is this chat for?"),
      paragraph("Choose the panel meeting this chat belongs to. Its agenda and votes will be posted here."),
    ],
    choices.map((choice) =>
      execute(
        `${choice.panelName}, ${meetingTime(choice.startsAt)}`,
        linkMeetingVerb,
        { meetingId: choice.meetingId },
        { associatedInputs: "none" },
      ),
    ),
  );
}
