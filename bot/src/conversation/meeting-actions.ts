import { markAttendance, openQuestion, type Actor } from "@convenor/shared";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { meetingRoomCard, meetingRoomInputs } from "../cards/meeting-room.card.js";
import { meetingAttendData, meetingActionData, parseAction } from "./action-data.js";
import type { BotContext } from "./bot-context.js";
import { domainErrorCard } from "./domain-error.js";
import { malformedActionCard } from "./standard-replies.js";
import type { ActionTurn } from "./turn.js";

/** "I'm here", "Send apologies", or the chair's "Mark": the running agenda card as it now stands. */
export async function attend(ctx: BotContext, actor: Actor, turn: ActionTurn): Promise<AdaptiveCard> {
  const action = parseAction(meetingAttendData, turn.data);
  if (!action) return malformedActionCard;
  const { own, inputs } = action;
  const chosen = own.status === "chosen";
  const status = chosen ? inputs[meetingRoomInputs.status] : own.status;
  if (status !== "present" && status !== "apologies") return malformedActionCard;
  const personId = chosen ? inputs[meetingRoomInputs.person]?.slice(0, 100) : undefined;
  const marked = await markAttendance(ctx.deps, actor, {
    meetingId: own.meetingId,
    status,
    ...(personId ? { personId } : {}),
  });
  if (!marked.ok) return domainErrorCard(marked.error);
  return meetingRoomCard(marked.value.view);
}

/** The chair's "Open": a rating round or decision vote on the chosen item; its own card follows in the chat. */
export async function openMeetingQuestion(
  ctx: BotContext,
  actor: Actor,
  turn: ActionTurn,
): Promise<AdaptiveCard> {
  const action = parseAction(meetingActionData, turn.data);
  if (!action) return malformedActionCard;
  const kind = action.inputs[meetingRoomInputs.kind];
  const agendaItemId = action.inputs[meetingRoomInputs.item]?.slice(0, 100) ?? "";
  if (kind !== "rating" && kind !== "decision") return malformedActionCard;
  const opened = await openQuestion(ctx.deps, actor, { meetingId: action.own.meetingId, agendaItemId, kind });
  if (!opened.ok) return domainErrorCard(opened.error);
  ctx.logger.info(
    {
      questionId: opened.value.question.id,
      kind,
      alreadyOpen: opened.value.alreadyOpen,
      correlationId: actor.correlationId,
    },
    "meeting question opened",
  );
  return opened.value.room ? meetingRoomCard(opened.value.room) : malformedActionCard;
}
