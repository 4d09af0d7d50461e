import type { Decision } from "../model/decision.js";
import type { AgreedRating, DecisionChoice, RatingArea, VoteQuestion } from "../model/rating.js";
import type { StoreTx } from "../ports/store.port.js";
import type { QuestionContext } from "./question-context.js";
import {
  decisionCounts,
  ratingDistribution,
  type DecisionCounts,
  type RatingDistribution,
} from "./tallies.js";

/**
 * What a question's shared card shows in the meeting chat, to everyone: the item's reference, how many have
 * voted and who has not (staff names). Values only once they may be seen: a rating round's distribution after
 * the reveal, a decision vote's counts and outcome once closed. Nothing identifying about the child.
 */
export interface QuestionCardView {
  questionId: string;
  meetingId: string;
  kind: VoteQuestion["kind"];
  state: VoteQuestion["state"];
  areas: RatingArea[];
  itemTitle: string;
  panelName: string;
  votedCount: number;
  voterCount: number;
  /** Voters not yet voted and not giving apologies, by name. */
  waitingFor: string[];
  /** Rating rounds, once revealed. */
  distribution: RatingDistribution | null;
  /** Decision votes, once closed. */
  counts: DecisionCounts | null;
  decision: (Pick<Decision, "outcome" | "reasons" | "castingOutcome"> & { dissenters: string[] }) | null;
  agreed: Pick<AgreedRating, "ratings"> | null;
  /** The voters' ids, for the per-user views the card asks their clients to fetch. */
  voterIds: string[];
}

export async function readQuestionCardView(tx: StoreTx, context: QuestionContext): Promise<QuestionCardView> {
  const { question, room, item, voterIds } = context;
  const votes = await tx.votes.votesOn(question.id);
  const voted = new Set(votes.map((v) => v.voterId));
  const away = new Set(room.attendance.filter((a) => a.status === "apologies").map((a) => a.personId));
  const waitingIds = voterIds.filter((id) => !voted.has(id) && !away.has(id));
  const decision = question.state === "closed" ? await tx.votes.decisionOf(question.id) : null;
  const names = new Map(
    (await tx.people.getMany([...waitingIds, ...(decision?.dissent.map((d) => d.personId) ?? [])])).map(
      (person) => [person.id, person.displayName],
    ),
  );
  const nameOf = (id: string) => names.get(id) ?? "Unknown";
  const agreed = question.state === "closed" ? await tx.votes.agreedRatingOf(question.id) : null;
  const shown = question.state !== "open";
  return {
    questionId: question.id,
    meetingId: question.meetingId,
    kind: question.kind,
    state: question.state,
    areas: question.areas,
    itemTitle: item.title,
    panelName: room.panel.name,
    votedCount: votes.filter((v) => voterIds.includes(v.voterId)).length,
    voterCount: voterIds.length,
    waitingFor: waitingIds.map(nameOf),
    distribution: question.kind === "rating" && shown ? ratingDistribution(question.areas, votes) : null,
    counts: question.kind === "decision" && shown ? decisionCounts(votes) : null,
    decision: decision
      ? {
          outcome: decision.outcome,
          reasons: decision.reasons,
          castingOutcome: decision.castingOutcome,
          dissenters: decision.dissent.map((d) => nameOf(d.personId)),
        }
      : null,
    agreed: agreed ? { ratings: agreed.ratings } : null,
    voterIds,
  };
}

/** The member's own view: the shared view, their own vote, and what they may do. */
export interface MyQuestionView {
  shared: QuestionCardView;
  myChoice: DecisionChoice | Partial<Record<RatingArea, string>> | null;
  myReason: string | null;
  canVote: boolean;
  canChair: boolean;
  /** The child's name and date of birth for a case item, shown to a voter only (an audited read). */
  child: { name: string; dateOfBirth: string } | null;
  /** For the chair's close form: who voted against the leading choice without a reason, by id and name. */
  votersWithoutReason: { personId: string; name: string; choice: DecisionChoice }[];
}
