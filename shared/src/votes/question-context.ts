import { requestRoomCardUpdate } from "../meeting-room/room-card-update.js";
import { canRunMeeting, canVoteOnItem } from "../auth/policies.js";
import { meetingChat, questionCard } from "../conversations/conversation-key.js";
import { meetingCardKinds, requestCardUpdate } from "../conversations/request-card-update.js";
import { readRoomContext, type RoomContext } from "../meeting-room/room-context.js";
import type { Actor } from "../model/actor.js";
import type { AgendaItem } from "../model/meeting.js";
import type { VoteQuestion } from "../model/rating.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { VoteCodes } from "./vote-codes.js";

/** A question with its meeting's context, its agenda item and who may vote on it. */
export interface QuestionContext {
  question: VoteQuestion;
  room: RoomContext;
  item: AgendaItem;
  /** The panel's members and the item's invitees, one a person, in that order. */
  voterIds: string[];
}

/**
 * Reads the question; `lock` orders the transactions that change it: casts (`shared`) go side by side, reveal
 * and close (`exclusive`) one at a time and never beside a cast, so a vote never lands after the close.
 */
export async function readQuestionContext(
  tx: StoreTx,
  questionId: string,
  options: { lock: "none" | "shared" | "exclusive" },
): Promise<Result<QuestionContext>> {
  const question =
    options.lock === "none"
      ? await tx.votes.getQuestion(questionId)
      : await tx.votes.lockQuestion(questionId, options.lock);
  if (!question) return fail(VoteCodes.questionNotFound, "That rating round or vote was not found.");
  const room = await readRoomContext(tx, question.meetingId);
  const item = room?.items.find((candidate) => candidate.id === question.agendaItemId);
  if (!room || !item)
    return fail(VoteCodes.questionNotFound, "That rating round or vote's item was not found.");
  const voterIds = [...new Set([...room.members.map((m) => m.personId), ...item.invitedPersonIds])];
  return ok({ question, room, item, voterIds });
}

export const mayVote = (context: QuestionContext, personId: string): boolean =>
  canVoteOnItem(context.room.memberships, personId, context.room.panel.id, context.item);

export const mayChair = (context: Pick<QuestionContext, "room">, personId: string): boolean =>
  canRunMeeting(context.room.memberships, personId, context.room.panel.id);

/** The question's shared card is to show the latest tally (coalesced: see `requestCardUpdate`). */
export const requestQuestionCardUpdate = (
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  question: Pick<VoteQuestion, "id" | "meetingId">,
  at: string,
): Promise<void> =>
  requestCardUpdate(
    deps,
    tx,
    actor,
    {
      kind: meetingCardKinds.question,
      recipient: meetingChat(question.meetingId),
      cardKey: questionCard(question.id),
      payload: { questionId: question.id, meetingId: question.meetingId },
    },
    at,
  );

/**
 * A question revealed or closed: its own card, and the running agenda, which shows each item's question and
 * its state.
 */
export async function requestCardsAfterStateChange(
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  question: Pick<VoteQuestion, "id" | "meetingId">,
  at: string,
): Promise<void> {
  await requestQuestionCardUpdate(deps, tx, actor, question, at);
  await requestRoomCardUpdate(deps, tx, actor, question.meetingId, at);
}
