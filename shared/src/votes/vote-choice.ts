import { ErrorCodes } from "../model/errors.js";
import {
  decisionChoices,
  rags,
  type DecisionChoice,
  type RatingChoice,
  type VoteQuestion,
} from "../model/rating.js";
import { fail, ok, type Result } from "../model/result.js";
import { VoteCodes } from "./vote-codes.js";

/** The longest reason a member gives with a vote, or the chair records for a dissenter. */
export const maxVoteReason = 1000;

export interface ChoiceInput {
  /** Decision votes: approve, decline, defer or abstain. */
  decision?: string;
  /** Rating rounds: red, amber or green for every area of the round. */
  ratings?: Record<string, string>;
}

/** The choice as the question takes it, or why not: every area rated, only the options offered. */
export function checkChoice(
  question: Pick<VoteQuestion, "kind" | "areas">,
  input: ChoiceInput,
): Result<DecisionChoice | RatingChoice> {
  if (question.kind === "decision") {
    const choice = decisionChoices.find((known) => known === input.decision);
    return choice
      ? ok(choice)
      : fail(VoteCodes.invalidChoice, "Choose approve, decline, defer or abstain.", [
          {
            field: "decision",
            code: VoteCodes.invalidChoice,
            message: "Choose approve, decline, defer or abstain.",
          },
        ]);
  }
  const given = input.ratings ?? {};
  const stray = Object.keys(given).filter((area) => !(question.areas as readonly string[]).includes(area));
  if (stray.length)
    return fail(VoteCodes.invalidChoice, "That rating is for an area this round does not rate.");
  const choice: RatingChoice = {};
  const missing: string[] = [];
  for (const area of question.areas) {
    const rag = rags.find((known) => known === given[area]);
    if (rag) choice[area] = rag;
    else missing.push(area);
  }
  if (missing.length) {
    const message = "Rate every area red, amber or green.";
    return fail(
      VoteCodes.invalidChoice,
      message,
      missing.map((field) => ({ field, code: VoteCodes.invalidChoice, message })),
    );
  }
  return ok(choice);
}

/** A reason's words: trimmed, empty as null, at most `maxVoteReason` characters. */
export function checkReason(field: string, text: string | null | undefined): Result<string | null> {
  const trimmed = text?.trim() ?? "";
  if (trimmed.length > maxVoteReason) {
    const message = `Keep the reason to ${maxVoteReason} characters (it has ${trimmed.length}).`;
    return fail(ErrorCodes.validation, message, [{ field, code: ErrorCodes.tooLong, message }]);
  }
  return ok(trimmed || null);
}
