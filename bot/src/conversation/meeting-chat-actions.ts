import { linkMeetingChat, type Actor, type Result, type LinkMeetingChatOutcome } from "@convenor/shared";
import { z } from "zod";
import { literal, type AdaptiveCard } from "../cards/card-elements.js";
import { meetingTime } from "../cards/card-labels.js";
import { meetingChatChoiceCard } from "../cards/meeting-chat-choice.card.js";
import { messageCard } from "../cards/message.card.js";
import { parseAction } from "./action-data.js";
import type { BotContext } from "./bot-context.js";
import { domainErrorCard } from "./domain-error.js";
import { malformedActionCard } from "./standard-replies.js";
import type { ActionTurn, TurnInfo } from "./turn.js";

const personalChat = messageCard(
  "Link a meeting in its chat",
  "Type this in the Teams meeting's chat, with an @mention of Convenor, after adding Convenor to the meeting.",
  "warning",
);

/** `link meeting` typed in a meeting chat by a chair or coordinator. */
export async function linkMeeting(ctx: BotContext, actor: Actor, turn: TurnInfo): Promise<AdaptiveCard> {
  if (turn.conversationType === "personal") return personalChat;
  const linked = await linkMeetingChat(ctx.deps, actor, {
    conversationId: turn.conversationId,
    reference: turn.reference,
  });
  return linkedCard(ctx, actor, linked);
}

const chosenMeeting = z.object({ meetingId: z.string().min(1).max(100) });

/** A meeting chosen on the choice card. */
export async function linkChosenMeeting(
  ctx: BotContext,
  actor: Actor,
  turn: ActionTurn,
): Promise<AdaptiveCard> {
  if (turn.conversationType === "personal") return personalChat;
  const action = parseAction(chosenMeeting, turn.data);
  if (!action) return malformedActionCard;
  const linked = await linkMeetingChat(ctx.deps, actor, {
    conversationId: turn.conversationId,
    reference: turn.reference,
    meetingId: action.own.meetingId,
  });
  return linkedCard(ctx, actor, linked);
}

function linkedCard(ctx: BotContext, actor: Actor, linked: Result<LinkMeetingChatOutcome>): AdaptiveCard {
  if (!linked.ok) return domainErrorCard(linked.error);
  if (linked.value.kind === "choose") return meetingChatChoiceCard(linked.value.choices);
  const { meeting } = linked.value;
  ctx.logger.info(
    { meetingId: meeting.meetingId, personId: actor.personId, correlationId: actor.correlationId },
    "meeting chat linked",
  );
  return messageCard(
    "Meeting linked",
    `This chat is now the chat of ${literal(meeting.panelName)} on ${meetingTime(meeting.startsAt)}: Convenor posts the meeting's agenda, attendance and votes here, showing case references only.`,
    "success",
  );
}
