import type { MeetingCardDelivery } from "@convenor/shared";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { meetingRoomCard } from "../cards/meeting-room.card.js";
import { sharedQuestionCard } from "../cards/question.card.js";
import { userIdOf } from "./teams-user-id.js";

/**
 * A meeting chat's card as everyone sees it: the running agenda, or a question's tally. A question card's
 * refresh lists the voters who have chatted with Convenor, so their clients fetch their own view.
 */
export function sharedMeetingCard(delivery: MeetingCardDelivery): AdaptiveCard {
  if (delivery.kind === "room") return meetingRoomCard(delivery.view);
  const userIds = delivery.voterChats.map(userIdOf).filter((id): id is string => id !== null);
  return sharedQuestionCard(delivery.view, userIds);
}
