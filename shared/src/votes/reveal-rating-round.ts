import { MeetingRoomCodes } from "../meeting-room/meeting-room-codes.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import type { Actor } from "../model/actor.js";
import type { VoteQuestion } from "../model/rating.js";
import { fail, ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { mayChair, readQuestionContext, requestCardsAfterStateChange } from "./question-context.js";
import { VoteCodes } from "./vote-codes.js";
import { viewAfter, type QuestionViewFor } from "./view-question.js";

/** The chair reveals a rating round: ratings stop changing and the shared card shows how many gave each. */
export async function revealRatingRound(
  deps: UseCaseDeps,
  actor: Actor,
  input: { questionId: string },
): Promise<Result<{ question: VoteQuestion; view: QuestionViewFor }>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const context = await readQuestionContext(tx, input.questionId, { lock: "exclusive" });
    if (!context.ok) return context;
    const { question, room } = context.value;
    if (!mayChair(context.value, actor.personId)) {
      return fail(
        MeetingRoomCodes.chairOnly,
        "Only the panel's chair or coordinator can reveal the ratings.",
      );
    }
    if (question.kind !== "rating") return fail(VoteCodes.questionNotFound, "That is not a rating round.");
    if (question.state !== "open")
      return ok({ question, view: await viewAfter(deps, tx, actor, question.id, at) });
    if ((await tx.votes.votesOn(question.id)).length === 0) {
      return fail(VoteCodes.noVotes, "No one has rated yet: there is nothing to reveal.");
    }
    await tx.votes.setState(question.id, "open", "revealed", at);
    await tx.audit.append(
      meetingAudit(deps, actor, "vote.rating-revealed", { type: "meeting", id: room.meeting.id }, at, {
        questionId: question.id,
      }),
    );
    await requestCardsAfterStateChange(deps, tx, actor, question, at);
    return ok({
      question: { ...question, state: "revealed" },
      view: await viewAfter(deps, tx, actor, question.id, at),
    });
  });
}
