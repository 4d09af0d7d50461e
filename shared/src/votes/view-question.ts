import { meetingAudit } from "../meeting-room/meeting-audit.js";
import type { Actor } from "../model/actor.js";
import type { DecisionChoice, Vote } from "../model/rating.js";
import { ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { mayChair, mayVote, readQuestionContext, type QuestionContext } from "./question-context.js";
import { readQuestionCardView, type MyQuestionView, type QuestionCardView } from "./question-view.js";
import { decisionCounts, leadingChoices } from "./tallies.js";

export type QuestionViewFor = { mine: MyQuestionView } | { shared: QuestionCardView };

/**
 * A question's card for one person. Voters and the chair get their own view: their vote and, for a case
 * item, the child's name (a read of the case, audited). Anyone else gets the shared view, unaudited since
 * nothing identifying was shown.
 */
export async function viewQuestion(
  deps: UseCaseDeps,
  actor: Actor,
  input: { questionId: string },
): Promise<Result<QuestionViewFor>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const context = await readQuestionContext(tx, input.questionId, { lock: "none" });
    if (!context.ok) return context;
    return ok(await questionViewFor(deps, tx, actor, context.value, at));
  });
}

/** The view for `actor` inside a use case's transaction; a personal view of a case item is audited. */
export async function questionViewFor(
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  context: QuestionContext,
  at: string,
): Promise<QuestionViewFor> {
  const shared = await readQuestionCardView(tx, context);
  const canVote = mayVote(context, actor.personId);
  const canChair = mayChair(context, actor.personId);
  if (!canVote && !canChair) return { shared };
  const { item } = context;
  const mine = await myView(tx, context, shared, actor.personId, { canVote, canChair });
  if (item.childId) {
    const subject = item.referralId
      ? { type: "referral" as const, id: item.referralId, childId: item.childId }
      : { type: "child" as const, id: item.childId, childId: item.childId };
    await tx.audit.append(
      meetingAudit(deps, actor, "case.viewed-in-meeting", subject, at, { questionId: context.question.id }),
    );
  }
  return { mine };
}

/** The view for `actor` after a change in the same transaction. */
export async function viewAfter(
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  questionId: string,
  at: string,
): Promise<QuestionViewFor> {
  const context = await readQuestionContext(tx, questionId, { lock: "none" });
  if (!context.ok) throw new Error(`Question ${questionId} vanished while it changed`);
  return questionViewFor(deps, tx, actor, context.value, at);
}

async function myView(
  tx: StoreTx,
  context: QuestionContext,
  shared: QuestionCardView,
  personId: string,
  may: { canVote: boolean; canChair: boolean },
): Promise<MyQuestionView> {
  const votes = await tx.votes.votesOn(context.question.id);
  const mine = votes.find((v) => v.voterId === personId) ?? null;
  const child = context.item.childId ? await tx.children.get(context.item.childId) : null;
  return {
    shared,
    myChoice: mine ? mine.choice : null,
    myReason: mine?.reason ?? null,
    ...may,
    child: child ? { name: `${child.givenName} ${child.familyName}`, dateOfBirth: child.dateOfBirth } : null,
    votersWithoutReason:
      may.canChair && context.question.kind === "decision" ? await likelyDissenters(tx, votes) : [],
  };
}

/** Who voted other than the leading choice (every decider, on a tie) and gave no reason with their vote. */
async function likelyDissenters(tx: StoreTx, votes: readonly Vote[]) {
  const leaders = leadingChoices(decisionCounts(votes));
  const outcome = leaders.length === 1 ? leaders[0] : null;
  const without = votes.filter(
    (v) =>
      v.reason === null && v.choice !== "abstain" && typeof v.choice === "string" && v.choice !== outcome,
  );
  return Promise.all(
    without.map(async (v) => ({
      personId: v.voterId,
      name: (await tx.people.get(v.voterId))?.displayName ?? "Unknown",
      choice: v.choice as DecisionChoice,
    })),
  );
}
