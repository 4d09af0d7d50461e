import { maxDecisionWords, maxVoteReason, type MyQuestionView, type RatingArea } from "@convenor/shared";
import { dateLabel } from "./card-labels.js";
import {
  adaptiveCard,
  execute,
  facts,
  heading,
  literal,
  notice,
  paragraph,
  showCard,
  subheading,
  type AdaptiveCard,
  type CardElement,
} from "./card-elements.js";
import { areaLabel, questionFacts, questionTitle, questionVerbs } from "./question.card.js";

export const questionInputs = {
  decision: "voteDecision",
  reason: "voteReason",
  rate: (area: RatingArea) => `rate.${area}`,
  agreed: (area: RatingArea) => `agreed.${area}`,
  agreedReason: (area: RatingArea) => `agreedReason.${area}`,
  closeReasons: "closeReasons",
  casting: "castingChoice",
  dissent: (personId: string) => `dissent.${personId}`,
} as const;

const ragChoices = [
  { title: "Red", value: "red" },
  { title: "Amber", value: "amber" },
  { title: "Green", value: "green" },
];
const decisionChoiceList = [
  { title: "Approve", value: "approve" },
  { title: "Decline", value: "decline" },
  { title: "Defer", value: "defer" },
  { title: "Abstain", value: "abstain" },
];

export interface MyQuestionCardInput {
  view: MyQuestionView;
  /** This person's Teams user id: their card keeps refreshing itself while the question is open. */
  userId: string;
  /** A refusal to show above the form (the use case's own sentence). */
  problem?: string;
}

/**
 * One member's own card for a question (an `Action.Execute` refresh or a click): the case, their vote and
 * the form to give or change it; for the chair, reveal, record the agreed rating, or close the vote.
 */
export function myQuestionCard({ view, userId, problem }: MyQuestionCardInput): AdaptiveCard {
  const { shared } = view;
  const data = { questionId: shared.questionId };
  const body: CardElement[] = [heading(questionTitle(shared))];
  if (view.child) {
    body.push(
      paragraph(
        `${literal(view.child.name)}, born ${dateLabel(view.child.dateOfBirth)} (only you see this view)`,
        {
          isSubtle: true,
        },
      ),
    );
  }
  if (problem) body.push(notice(literal(problem), "attention"));
  body.push(...questionFacts(shared));
  if (view.myChoice) body.push(facts([["Yours", choiceText(view.myChoice, shared.areas)]]));
  const actions: CardElement[] = [];
  if (view.canVote && shared.state === "open") {
    body.push(subheading(shared.kind === "rating" ? "Your rating" : "Your vote"), ...voteInputs(view));
    actions.push(execute(shared.kind === "rating" ? "Save my rating" : "Vote", questionVerbs.cast, data));
  }
  if (view.canChair) actions.push(...chairActions(view));
  const refresh =
    shared.state !== "closed"
      ? { action: execute("Refresh", questionVerbs.view, data), userIds: [userId] }
      : undefined;
  return adaptiveCard(body, actions, refresh);
}

function choiceText(choice: NonNullable<MyQuestionView["myChoice"]>, areas: readonly RatingArea[]): string {
  if (typeof choice === "string")
    return decisionChoiceList.find((listed) => listed.value === choice)?.title ?? choice;
  const ragTitle = (rag: string | undefined) =>
    ragChoices.find((listed) => listed.value === rag)?.title ?? "-";
  return areas.map((area) => `${areaLabel(area)} ${ragTitle(choice[area])}`).join("; ");
}

function voteInputs(view: MyQuestionView): CardElement[] {
  const { shared, myChoice } = view;
  const inputs: CardElement[] =
    shared.kind === "decision"
      ? [
          {
            type: "Input.ChoiceSet",
            id: questionInputs.decision,
            label: "Your vote",
            style: "expanded",
            choices: decisionChoiceList,
            ...(typeof myChoice === "string" ? { value: myChoice } : {}),
          },
        ]
      : shared.areas.map((area) => ({
          type: "Input.ChoiceSet",
          id: questionInputs.rate(area),
          label: areaLabel(area),
          choices: ragChoices,
          ...(myChoice && typeof myChoice === "object" && myChoice[area] ? { value: myChoice[area] } : {}),
        }));
  inputs.push({
    type: "Input.Text",
    id: questionInputs.reason,
    label: "Your reason (optional; recorded as your dissent if the outcome goes the other way)",
    isMultiline: true,
    maxLength: maxVoteReason,
    ...(view.myReason ? { value: view.myReason } : {}),
  });
  return inputs;
}

/**
 * The chair's forms sit in their own `Action.ShowCard`s: their required inputs are not gathered by the vote
 * itself, and the vote's inputs carry no `isRequired` (the use case checks them) so that a chair who has not
 * voted can still close.
 */
function chairActions(view: MyQuestionView): CardElement[] {
  const { shared } = view;
  const data = { questionId: shared.questionId };
  if (shared.kind === "rating" && shared.state === "open") {
    return [execute("Reveal ratings", questionVerbs.reveal, data, { associatedInputs: "none" })];
  }
  if (shared.kind === "rating" && shared.state === "revealed") {
    const body: CardElement[] = shared.areas.flatMap((area) => [
      {
        type: "Input.ChoiceSet",
        id: questionInputs.agreed(area),
        label: areaLabel(area),
        isRequired: true,
        errorMessage: `Give the agreed ${areaLabel(area).toLowerCase()} rating.`,
        choices: ragChoices,
      },
      {
        type: "Input.Text",
        id: questionInputs.agreedReason(area),
        label: "Reason (required where it differs from the majority or the last rating)",
        maxLength: maxVoteReason,
      },
    ]);
    return [showCard("Record agreed rating", body, [execute("Record", questionVerbs.agree, data)])];
  }
  if (shared.kind === "decision" && shared.state === "open") {
    const body: CardElement[] = [
      {
        type: "Input.Text",
        id: questionInputs.closeReasons,
        label: "Reasons for the decision",
        isMultiline: true,
        isRequired: true,
        maxLength: maxDecisionWords,
        errorMessage: "Give the reasons for the decision.",
      },
      {
        type: "Input.ChoiceSet",
        id: questionInputs.casting,
        label: "Casting outcome, on a tie only",
        choices: decisionChoiceList.slice(0, 3),
      },
    ];
    if (view.votersWithoutReason.length) {
      body.push(
        paragraph("Dissenters who gave no reason: record what they said in the meeting.", { isSubtle: true }),
      );
      for (const voter of view.votersWithoutReason) {
        body.push({
          type: "Input.Text",
          id: questionInputs.dissent(voter.personId),
          label: `${voter.name} (voted ${voter.choice})`,
          maxLength: maxVoteReason,
        });
      }
    }
    return [showCard("Close the vote", body, [execute("Close", questionVerbs.close, data)])];
  }
  return [];
}
