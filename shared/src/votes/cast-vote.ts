import type { Actor } from "../model/actor.js";
import type { Vote, VoteQuestion } from "../model/rating.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { mayVote, readQuestionContext, requestQuestionCardUpdate } from "./question-context.js";
import { checkChoice, checkReason, type ChoiceInput } from "./vote-choice.js";
import { VoteCodes } from "./vote-codes.js";
import { questionViewFor, type QuestionViewFor } from "./view-question.js";

export interface CastVoteInput extends ChoiceInput {
  questionId: string;
  /** Optional: why (kept as the member's dissent if the outcome goes the other way). */
  reason?: string | null;
}

export interface CastVoteResult {
  question: VoteQuestion;
  vote: Vote;
  /** The same vote as the one already cast (a second click): nothing changed. */
  unchanged: boolean;
  /** The voter's own card after the vote. */
  view: QuestionViewFor;
}

/**
 * A member votes, or changes their vote, while the question is open. The voter is always the actor. One
 * vote per member per question; the same vote again changes nothing, so a replayed click counts once.
 */
export async function castVote(
  deps: UseCaseDeps,
  actor: Actor,
  input: CastVoteInput,
): Promise<Result<CastVoteResult>> {
  const at = deps.clock.now().toISOString();
  const reason = checkReason("reason", input.reason);
  if (!reason.ok) return reason;
  return deps.store.transaction(async (tx) => {
    const context = await readQuestionContext(tx, input.questionId, { lock: "shared" });
    if (!context.ok) return context;
    const { question } = context.value;
    if (!mayVote(context.value, actor.personId)) {
      return fail(
        VoteCodes.notAVoter,
        "Only the panel's members and the people invited for this item can vote on it.",
      );
    }
    if (question.state !== "open") {
      return fail(
        VoteCodes.closed,
        question.state === "revealed"
          ? "The chair has revealed this rating round, so ratings can no longer change."
          : "The chair has closed this vote, so votes can no longer change.",
      );
    }
    const choice = checkChoice(question, input);
    if (!choice.ok) return choice;
    const vote: Vote = {
      questionId: question.id,
      voterId: actor.personId,
      choice: choice.value,
      reason: reason.value,
      castAt: at,
    };
    const previous = (await tx.votes.votesOn(question.id)).find((v) => v.voterId === actor.personId);
    const unchanged = previous !== undefined && sameVote(previous, vote);
    if (!unchanged) await tx.votes.cast(vote);
    const view = await questionViewFor(deps, tx, actor, context.value, at);
    // Last: the card's update request is one row every vote writes, held from here until the commit.
    if (!unchanged) await requestQuestionCardUpdate(deps, tx, actor, question, at);
    return ok({ question, vote: unchanged ? previous : vote, unchanged, view });
  });
}

const sameVote = (a: Vote, b: Vote) =>
  a.reason === b.reason && JSON.stringify(sorted(a.choice)) === JSON.stringify(sorted(b.choice));

const sorted = (choice: Vote["choice"]) =>
  typeof choice === "string" ? choice : Object.entries(choice).sort(([x], [y]) => x.localeCompare(y));
