import type { Decision } from "../model/decision.js";
import type { DecisionChoice, Rag, RatingArea, Vote } from "../model/rating.js";
import { rags } from "../model/rating.js";

export type DecisionCounts = Record<DecisionChoice, number>;
export type RatingDistribution = Partial<Record<RatingArea, Record<Rag, number>>>;

const decisionOutcomes = { approve: "approved", decline: "declined", defer: "deferred" } as const;
export type DecidingChoice = keyof typeof decisionOutcomes;

export const outcomeOfChoice = (choice: DecidingChoice): Decision["outcome"] => decisionOutcomes[choice];

export function decisionCounts(votes: readonly Vote[]): DecisionCounts {
  const counts: DecisionCounts = { approve: 0, decline: 0, defer: 0, abstain: 0 };
  for (const vote of votes) if (typeof vote.choice === "string") counts[vote.choice] += 1;
  return counts;
}

/** The choices with the most votes, abstentions left out; several when tied, none when no one decided. */
export function leadingChoices(counts: DecisionCounts): DecidingChoice[] {
  const deciding: DecidingChoice[] = ["approve", "decline", "defer"];
  const top = Math.max(...deciding.map((choice) => counts[choice]));
  return top === 0 ? [] : deciding.filter((choice) => counts[choice] === top);
}

export function ratingDistribution(areas: readonly RatingArea[], votes: readonly Vote[]): RatingDistribution {
  const distribution: RatingDistribution = {};
  for (const area of areas) {
    const counts: Record<Rag, number> = { red: 0, amber: 0, green: 0 };
    for (const vote of votes) {
      const rag = typeof vote.choice === "object" ? vote.choice[area] : undefined;
      if (rag) counts[rag] += 1;
    }
    distribution[area] = counts;
  }
  return distribution;
}

/** The one rating most members gave for the area; null when none, or when two ratings tie for most. */
export function majorityRag(counts: Record<Rag, number>): Rag | null {
  const top = Math.max(...rags.map((rag) => counts[rag]));
  const leaders = rags.filter((rag) => counts[rag] === top);
  return top > 0 && leaders.length === 1 ? leaders[0]! : null;
}
