import type { DecisionCounts, QuestionCardView, RatingArea, RatingDistribution } from "@convenor/shared";
import {
  adaptiveCard,
  execute,
  facts,
  heading,
  literal,
  notice,
  paragraph,
  type AdaptiveCard,
  type CardElement,
} from "./card-elements.js";

export const questionVerbs = {
  view: "vote.view",
  cast: "vote.cast",
  reveal: "vote.reveal",
  agree: "vote.agree",
  close: "vote.close",
} as const;

const areaLabels: Record<RatingArea, string> = {
  "missing-or-exploitation": "Missing or exploitation",
  "education-employment-training": "Education, employment, training",
  "placement-permanency": "Placement permanency",
  "youth-justice": "Youth justice",
  health: "Health",
  overall: "Overall",
};
export const areaLabel = (area: RatingArea): string => areaLabels[area];

const outcomeLabels = {
  approved: "Approved",
  declined: "Declined",
  deferred: "Deferred",
  noted: "Noted",
} as const;

export const questionTitle = (view: Pick<QuestionCardView, "kind" | "itemTitle">): string =>
  `${view.kind === "rating" ? "Rating round" : "Decision vote"}: ${literal(view.itemTitle)}`;

const stateLabel = (view: QuestionCardView): string =>
  view.state === "open"
    ? view.kind === "rating"
      ? "Open: ratings hidden until the chair reveals them"
      : "Open: votes can change until the chair closes it"
    : view.state === "revealed"
      ? "Revealed: the chair records the agreed rating"
      : "Closed";

const distributionText = (counts: { red: number; amber: number; green: number }) =>
  `${counts.red} red, ${counts.amber} amber, ${counts.green} green`;

const countsText = (counts: DecisionCounts) =>
  `${counts.approve} approve, ${counts.decline} decline, ${counts.defer} defer, ${counts.abstain} abstain`;

/**
 * What everyone sees of a question: the item's reference, how many have voted and who has not. No values
 * while it is open: a rating round's distribution after the reveal, a vote's counts and outcome once closed.
 * Reasons are never on the shared card (they may hold case detail): they are in the minutes and per-user views.
 */
export function questionFacts(view: QuestionCardView): CardElement[] {
  const rows: [string, string][] = [
    ["Panel", literal(view.panelName)],
    ["State", stateLabel(view)],
    [view.kind === "rating" ? "Rated" : "Voted", `${view.votedCount} of ${view.voterCount}`],
  ];
  if (view.state === "open" && view.waitingFor.length) {
    rows.push(["Waiting for", view.waitingFor.map(literal).join(", ")]);
  }
  const body: CardElement[] = [facts(rows)];
  if (view.distribution) body.push(facts(distributionRows(view.areas, view.distribution)));
  if (view.agreed) {
    body.push(
      notice(
        `Agreed: ${view.areas.map((area) => `${areaLabel(area)} ${view.agreed?.ratings[area] ?? "-"}`).join("; ")}`,
        "good",
      ),
    );
  }
  if (view.counts) body.push(facts([["Votes", countsText(view.counts)]]));
  if (view.decision) {
    const casting = view.decision.castingOutcome ? " (chair's casting outcome)" : "";
    const dissent = view.decision.dissenters.length
      ? ` Dissent recorded: ${view.decision.dissenters.map(literal).join(", ")}.`
      : "";
    body.push(notice(`Decision: ${outcomeLabels[view.decision.outcome]}${casting}.${dissent}`, "good"));
  }
  return body;
}

const distributionRows = (areas: readonly RatingArea[], distribution: RatingDistribution) =>
  areas.map((area): [string, string] => {
    const counts = distribution[area];
    return [areaLabel(area), counts ? distributionText(counts) : "-"];
  });

/**
 * The shared card in the meeting chat. Its refresh lists the voters' Teams user ids (at most 60), so each
 * voter's client fetches their own view, with their vote.
 */
export function sharedQuestionCard(view: QuestionCardView, voterUserIds: readonly string[]): AdaptiveCard {
  const data = { questionId: view.questionId };
  const open = view.state !== "closed";
  const userIds = voterUserIds.slice(0, 60);
  return adaptiveCard(
    [
      heading(questionTitle(view)),
      ...questionFacts(view),
      ...(open ? [paragraph("Panel members: open it to give or change yours.", { isSubtle: true })] : []),
    ],
    open
      ? [execute(view.kind === "rating" ? "Open my rating" : "Open my vote", questionVerbs.view, data)]
      : [],
    open && userIds.length
      ? { action: execute("Refresh", questionVerbs.view, data), userIds: [...userIds] }
      : undefined,
  );
}
