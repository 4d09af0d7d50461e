import { personChat } from "../conversations/conversation-key.js";
import { MeetingRoomCodes } from "../meeting-room/meeting-room-codes.js";
import { followUpDecision } from "../decisions/decision-follow-ups.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import { quorumSentence } from "../meeting-room/quorum.js";
import { agencyLabels } from "../model/people.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { Decision } from "../model/decision.js";
import type { DecisionChoice, Dissent } from "../model/rating.js";
import type { Referral } from "../model/referral.js";
import { fail, ok, type FieldError, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { checkDecisionWords } from "../referrals/decision-words.js";
import { referralNotice } from "../referrals/referral-records.js";
import { transition } from "../referrals/referral-state-machine.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { mayChair, readQuestionContext, requestCardsAfterStateChange } from "./question-context.js";
import { decisionCounts, leadingChoices, outcomeOfChoice, type DecidingChoice } from "./tallies.js";
import { checkReason } from "./vote-choice.js";
import { VoteCodes } from "./vote-codes.js";
import { viewAfter, type QuestionViewFor } from "./view-question.js";

export interface CloseDecisionVoteInput {
  questionId: string;
  /** The decision's reasons, for the minutes and the referrer. */
  reasons: string;
  /** On a tie, the chair's casting outcome (one of the tied choices). */
  castingChoice?: string | null;
  /** What each dissenter who gave no reason with their vote said in the meeting, by person id. */
  dissentReasons?: Record<string, string>;
}

/**
 * The chair closes a decision vote. Refused unless the panel is quorate (distinct agencies present). The
 * outcome is the majority of the votes that are not abstentions; a tie takes the chair's casting outcome.
 * Every member who voted otherwise (not abstaining) has their reason recorded: their own, given with their
 * vote, or what the chair records for them. The decision is stored and, for a referral, goes to the
 * referrer through the referral outcome notice.
 */
export async function closeDecisionVote(
  deps: UseCaseDeps,
  actor: Actor,
  input: CloseDecisionVoteInput,
): Promise<Result<{ decision: Decision; referral: Referral | null; view: QuestionViewFor }>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const context = await readQuestionContext(tx, input.questionId, { lock: "exclusive" });
    if (!context.ok) return context;
    const { question, room, item } = context.value;
    if (!mayChair(context.value, actor.personId)) {
      return fail(MeetingRoomCodes.chairOnly, "Only the panel's chair or coordinator can close the vote.");
    }
    if (question.kind !== "decision") return fail(VoteCodes.questionNotFound, "That is not a decision vote.");
    if (question.state !== "open") {
      // A second click on Close shows the decision already made; nothing is written again.
      const made = await tx.votes.decisionOf(question.id);
      if (!made) return fail(VoteCodes.closed, "This vote is already closed.");
      return ok({ decision: made, referral: null, view: await viewAfter(deps, tx, actor, question.id, at) });
    }
    if (!room.quorum.met) {
      const missing =
        room.quorum.missingAgencies.map((agency) => agencyLabels[agency]).join(", ") ||
        "none of the panel's agencies";
      return fail(
        VoteCodes.quorumNotMet,
        `${quorumSentence(room.quorum)}. The vote cannot close until ${room.quorum.required} agencies are present. Not present: ${missing}.`,
      );
    }
    const words = checkDecisionWords("reason", input.reasons, "the reasons for the decision");
    if (words) return words;

    const votes = await tx.votes.votesOn(question.id);
    if (votes.length === 0) return fail(VoteCodes.noVotes, "No one has voted yet: the vote cannot close.");
    const leaders = leadingChoices(decisionCounts(votes));
    const casting = leaders.length > 1 || leaders.length === 0;
    const chosen = casting ? castingChoiceOf(input.castingChoice, leaders) : leaders[0]!;
    if (!chosen) {
      const options = leaders.length ? leaders.join(" or ") : "approve, decline or defer";
      const message = `The vote is tied: give the casting outcome (${options}).`;
      return fail(VoteCodes.tieNeedsCastingOutcome, message, [
        { field: "castingChoice", code: VoteCodes.tieNeedsCastingOutcome, message },
      ]);
    }

    const dissent = await dissentOf(votes, chosen, input.dissentReasons ?? {}, tx);
    if (!dissent.ok) return dissent;
    const referral = await decideReferral(tx, item.referralId, chosen, actor, at, input.reasons.trim());
    if (!referral.ok) return referral;

    const decision: Decision = {
      id: newIdFrom(deps),
      questionId: question.id,
      meetingId: room.meeting.id,
      agendaItemId: item.id,
      referralId: item.referralId,
      childId: item.childId,
      kind: "case",
      outcome: outcomeOfChoice(chosen),
      resource: null,
      reasons: input.reasons.trim(),
      decidedAt: at,
      decidedByIds: [actor.personId],
      reviewDate: null,
      votes: votes.map((v) => ({ voterId: v.voterId, choice: v.choice as DecisionChoice })),
      dissent: dissent.value,
      castingOutcome: casting,
    };
    await tx.votes.setState(question.id, "open", "closed", at);
    await tx.votes.insertDecision(decision);
    const subject = item.referralId
      ? { type: "referral" as const, id: item.referralId, childId: item.childId }
      : { type: "meeting" as const, id: room.meeting.id };
    await tx.audit.append(
      meetingAudit(deps, actor, "decision.recorded", subject, at, {
        questionId: question.id,
        outcome: decision.outcome,
        dissenters: decision.dissent.length,
      }),
    );
    if (referral.value) {
      const moved = referral.value;
      await tx.audit.append(
        meetingAudit(
          deps,
          actor,
          `referral.${moved.state}`,
          { type: "referral", id: moved.id, childId: moved.childId },
          at,
        ),
      );
      await tx.outbox.enqueue(
        referralNotice(deps, actor, "referral.outcome", personChat(moved.referrerId), moved, at, {
          reason: decision.reasons,
          panelDecision: decision.outcome,
        }),
      );
    }
    const decided = { decision, item, meeting: room.meeting, panel: room.panel, referral: referral.value };
    await followUpDecision(deps, tx, actor, decided, at);
    await requestCardsAfterStateChange(deps, tx, actor, question, at);
    return ok({
      decision,
      referral: referral.value,
      view: await viewAfter(deps, tx, actor, question.id, at),
    });
  });
}

function castingChoiceOf(given: string | null | undefined, leaders: DecidingChoice[]): DecidingChoice | null {
  const allowed: DecidingChoice[] = leaders.length ? leaders : ["approve", "decline", "defer"];
  return allowed.find((choice) => choice === given) ?? null;
}

async function dissentOf(
  votes: { voterId: string; choice: unknown; reason: string | null }[],
  outcome: DecidingChoice,
  chairReasons: Record<string, string>,
  tx: StoreTx,
): Promise<Result<Dissent[]>> {
  const dissent: Dissent[] = [];
  const missing: FieldError[] = [];
  for (const vote of votes) {
    const choice = vote.choice as DecisionChoice;
    if (choice === "abstain" || choice === outcome) continue;
    if (vote.reason) {
      dissent.push({ personId: vote.voterId, choice, reason: vote.reason, reasonFrom: "member" });
      continue;
    }
    const recorded = checkReason(`dissent.${vote.voterId}`, chairReasons[vote.voterId]);
    if (!recorded.ok) return recorded;
    if (recorded.value) {
      dissent.push({ personId: vote.voterId, choice, reason: recorded.value, reasonFrom: "chair" });
      continue;
    }
    const name = (await tx.people.get(vote.voterId))?.displayName ?? "A member";
    missing.push({
      field: `dissent.${vote.voterId}`,
      code: VoteCodes.dissentReasonRequired,
      message: `${name} voted ${choice} and gave no reason: record what they said.`,
    });
  }
  if (missing.length) {
    return fail(VoteCodes.dissentReasonRequired, missing.map((m) => m.message).join(" "), missing);
  }
  return ok(dissent);
}

/** A listed referral is heard, then decided (approve, decline) or deferred, through its state machine. */
export async function decideReferral(
  tx: StoreTx,
  referralId: string | null,
  choice: DecidingChoice,
  actor: Actor,
  at: string,
  reason: string,
): Promise<Result<Referral | null>> {
  if (!referralId) return ok(null);
  const current = await tx.referrals.get(referralId);
  if (!current) return fail(ErrorCodes.notFound, "The item's referral was not found.");
  const context = { byPersonId: actor.personId, at, reason };
  const heard = current.state === "scheduled" ? transition(current, "heard", context) : ok(current);
  if (!heard.ok) return heard;
  const decided = transition(heard.value, choice === "defer" ? "deferred" : "decided", context);
  if (!decided.ok) return decided;
  const referral = { ...decided.value, version: current.version + 1 };
  if (!(await tx.referrals.update(referral, current.version))) {
    return fail(ErrorCodes.conflict, "The referral changed at the same time. Try closing the vote again.");
  }
  return ok(referral);
}
