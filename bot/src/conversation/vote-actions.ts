import {
  castVote,
  closeDecisionVote,
  ragAreas,
  recordAgreedRating,
  revealRatingRound,
  viewQuestion,
  type Actor,
  type DomainError,
  type QuestionViewFor,
  type RatingArea,
} from "@convenor/shared";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { myQuestionCard, questionInputs } from "../cards/my-question.card.js";
import { sharedQuestionCard } from "../cards/question.card.js";
import { parseAction, questionActionData } from "./action-data.js";
import type { BotContext } from "./bot-context.js";
import { domainErrorCard } from "./domain-error.js";
import { malformedActionCard } from "./standard-replies.js";
import type { ActionTurn } from "./turn.js";

const areas: readonly RatingArea[] = [...ragAreas, "overall"];

/** The inputs whose ids start with `prefix.`, by what follows. */
function inputsUnder(inputs: Record<string, string>, prefix: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [key, value] of Object.entries(inputs)) {
    if (key.startsWith(`${prefix}.`) && value) found[key.slice(prefix.length + 1)] = value;
  }
  return found;
}

function cardFor(view: QuestionViewFor, turn: ActionTurn, problem?: string): AdaptiveCard {
  if ("shared" in view) return sharedQuestionCard(view.shared, []);
  return myQuestionCard({ view: view.mine, userId: turn.user.id, ...(problem ? { problem } : {}) });
}

/**
 * "Open my vote", and the card's refresh: the person's own view if they vote or chair (audited when it
 * names the child), the shared card for anyone else.
 */
export async function viewMyQuestion(ctx: BotContext, actor: Actor, turn: ActionTurn): Promise<AdaptiveCard> {
  const action = parseAction(questionActionData, turn.data);
  if (!action) return malformedActionCard;
  const viewed = await viewQuestion(ctx.deps, actor, { questionId: action.own.questionId });
  return viewed.ok ? cardFor(viewed.value, turn) : domainErrorCard(viewed.error);
}

/** A refusal shown on the person's own card, so that what they typed is not lost; else as a message. */
async function refused(
  ctx: BotContext,
  actor: Actor,
  turn: ActionTurn,
  questionId: string,
  error: DomainError,
) {
  ctx.logger.info(
    { code: error.code, questionId, correlationId: actor.correlationId },
    "meeting action refused",
  );
  if (!error.fields?.length) return domainErrorCard(error);
  const viewed = await viewQuestion(ctx.deps, actor, { questionId });
  return viewed.ok ? cardFor(viewed.value, turn, error.message) : domainErrorCard(error);
}

/** "Vote" or "Save my rating": the voter is the person who clicked, never anything in the card's data. */
export async function castMyVote(ctx: BotContext, actor: Actor, turn: ActionTurn): Promise<AdaptiveCard> {
  const action = parseAction(questionActionData, turn.data);
  if (!action) return malformedActionCard;
  const { own, inputs } = action;
  const ratings = inputsUnder(inputs, "rate");
  const cast = await castVote(ctx.deps, actor, {
    questionId: own.questionId,
    ...(inputs[questionInputs.decision] !== undefined ? { decision: inputs[questionInputs.decision] } : {}),
    ...(Object.keys(ratings).length ? { ratings } : {}),
    reason: inputs[questionInputs.reason] ?? null,
  });
  if (!cast.ok) return refused(ctx, actor, turn, own.questionId, cast.error);
  return cardFor(cast.value.view, turn);
}

export async function revealRatings(ctx: BotContext, actor: Actor, turn: ActionTurn): Promise<AdaptiveCard> {
  const action = parseAction(questionActionData, turn.data);
  if (!action) return malformedActionCard;
  const revealed = await revealRatingRound(ctx.deps, actor, { questionId: action.own.questionId });
  return revealed.ok ? cardFor(revealed.value.view, turn) : domainErrorCard(revealed.error);
}

export async function agreeRating(ctx: BotContext, actor: Actor, turn: ActionTurn): Promise<AdaptiveCard> {
  const action = parseAction(questionActionData, turn.data);
  if (!action) return malformedActionCard;
  const { own, inputs } = action;
  const agreed = await recordAgreedRating(ctx.deps, actor, {
    questionId: own.questionId,
    ratings: pick(inputsUnder(inputs, "agreed")),
    reasons: pick(inputsUnder(inputs, "agreedReason")),
  });
  if (!agreed.ok) return refused(ctx, actor, turn, own.questionId, agreed.error);
  return cardFor(agreed.value.view, turn);
}

export async function closeVote(ctx: BotContext, actor: Actor, turn: ActionTurn): Promise<AdaptiveCard> {
  const action = parseAction(questionActionData, turn.data);
  if (!action) return malformedActionCard;
  const { own, inputs } = action;
  const closed = await closeDecisionVote(ctx.deps, actor, {
    questionId: own.questionId,
    reasons: inputs[questionInputs.closeReasons] ?? "",
    castingChoice: inputs[questionInputs.casting] || null,
    dissentReasons: inputsUnder(inputs, "dissent"),
  });
  if (!closed.ok) return refused(ctx, actor, turn, own.questionId, closed.error);
  ctx.logger.info(
    {
      questionId: own.questionId,
      outcome: closed.value.decision.outcome,
      correlationId: actor.correlationId,
    },
    "decision recorded",
  );
  return cardFor(closed.value.view, turn);
}

/** Only the areas a round can rate; anything else a card sent is left out. */
function pick(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter(([area]) => (areas as readonly string[]).includes(area)),
  );
}
