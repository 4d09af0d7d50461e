import { MeetingRoomCodes } from "../meeting-room/meeting-room-codes.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import type { Actor } from "../model/actor.js";
import type { AgreedRating, Rag, RatingArea, RatingChoice } from "../model/rating.js";
import { fail, ok, type FieldError, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { mayChair, readQuestionContext, requestCardsAfterStateChange } from "./question-context.js";
import { majorityRag, ratingDistribution } from "./tallies.js";
import { checkChoice, checkReason } from "./vote-choice.js";
import { VoteCodes } from "./vote-codes.js";
import { viewAfter, type QuestionViewFor } from "./view-question.js";

export interface RecordAgreedRatingInput {
  questionId: string;
  /** Red, amber or green for every area of the round. */
  ratings: Record<string, string>;
  /** Per area; required where the agreed rating differs from the majority or from the last rating. */
  reasons: Record<string, string>;
}

/**
 * After the reveal, the chair records the agreed rating for each area of the round. A reason is required
 * for an area where it differs from the members' majority (or there was none), or from the last rating
 * (the last agreed at this panel for the child; for the CiC High Risk Panel also the latest tracker entry).
 */
export async function recordAgreedRating(
  deps: UseCaseDeps,
  actor: Actor,
  input: RecordAgreedRatingInput,
): Promise<Result<{ rating: AgreedRating; view: QuestionViewFor }>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const context = await readQuestionContext(tx, input.questionId, { lock: "exclusive" });
    if (!context.ok) return context;
    const { question, room, item } = context.value;
    if (!mayChair(context.value, actor.personId)) {
      return fail(
        MeetingRoomCodes.chairOnly,
        "Only the panel's chair or coordinator records the agreed rating.",
      );
    }
    if (question.kind !== "rating" || item.childId === null) {
      return fail(VoteCodes.questionNotFound, "That is not a rating round.");
    }
    if (question.state === "open") return fail(VoteCodes.notRevealed, "Reveal the ratings first.");
    if (question.state === "closed") {
      // A second click on Record shows the rating already agreed; nothing is written again.
      const agreedBefore = await tx.votes.agreedRatingOf(question.id);
      if (!agreedBefore) return fail(VoteCodes.closed, "The agreed rating is already recorded.");
      return ok({ rating: agreedBefore, view: await viewAfter(deps, tx, actor, question.id, at) });
    }
    const agreed = checkChoice(question, { ratings: input.ratings });
    if (!agreed.ok) return agreed;

    const distribution = ratingDistribution(question.areas, await tx.votes.votesOn(question.id));
    const last = await lastRatings(tx, room.panel.id, item.childId, room.panel.preset === "cic-hrp");
    const reasons: Partial<Record<RatingArea, string>> = {};
    const problems: FieldError[] = [];
    for (const area of question.areas) {
      const rag = (agreed.value as RatingChoice)[area]!;
      const reason = checkReason(area, input.reasons[area]);
      if (!reason.ok) return reason;
      const counts = distribution[area];
      const majority = counts ? majorityRag(counts) : null;
      const before = last.filter((ratings) => ratings[area] !== undefined).map((ratings) => ratings[area]);
      const differs = majority !== rag || before.some((previous) => previous !== rag);
      if (reason.value) reasons[area] = reason.value;
      else if (differs) problems.push(reasonNeeded(area, rag, majority, before));
    }
    if (problems.length) {
      return fail(VoteCodes.ratingReasonRequired, problems.map((p) => p.message).join(" "), problems);
    }
    const rating: AgreedRating = {
      questionId: question.id,
      meetingId: room.meeting.id,
      agendaItemId: item.id,
      panelId: room.panel.id,
      childId: item.childId,
      ratings: agreed.value as RatingChoice,
      reasons,
      agreedById: actor.personId,
      agreedAt: at,
    };
    await tx.votes.setState(question.id, "revealed", "closed", at);
    await tx.votes.insertAgreedRating(rating);
    const subject = { type: "referral" as const, id: item.referralId ?? item.id, childId: item.childId };
    await tx.audit.append(
      meetingAudit(deps, actor, "rating.agreed", subject, at, { questionId: question.id }),
    );
    await requestCardsAfterStateChange(deps, tx, actor, question, at);
    return ok({ rating, view: await viewAfter(deps, tx, actor, question.id, at) });
  });
}

/** The last agreed rating for the child on this panel, and for the CiC High Risk Panel its latest tracker entry. */
async function lastRatings(
  tx: StoreTx,
  panelId: string,
  childId: string,
  tracker: boolean,
): Promise<RatingChoice[]> {
  const agreed = (await tx.votes.agreedRatingsOf(panelId, childId)).at(-1)?.ratings;
  const monthly = tracker ? (await tx.ratings.listForChild(panelId, childId)).at(-1)?.areas : undefined;
  return [agreed, monthly].filter((ratings): ratings is RatingChoice => ratings !== undefined);
}

function reasonNeeded(
  area: RatingArea,
  rag: Rag,
  majority: Rag | null,
  before: (Rag | undefined)[],
): FieldError {
  const name = area === "overall" ? "The overall rating" : `The ${area.replace(/-/g, " ")} rating`;
  const why =
    majority === null
      ? "the members had no single majority"
      : majority !== rag
        ? `most members said ${majority}`
        : `it was ${before.find((previous) => previous !== rag)} last time`;
  return {
    field: area,
    code: VoteCodes.ratingReasonRequired,
    message: `${name} is ${rag} but ${why}: give the reason.`,
  };
}
