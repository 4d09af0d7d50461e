import { personChat } from "../conversations/conversation-key.js";
import { meetingAudit } from "../meeting-room/meeting-audit.js";
import { loadMeetingAccess } from "../meetings/meeting-access.js";
import { MeetingCodes } from "../meetings/meeting-codes.js";
import type { Actor } from "../model/actor.js";
import type {
  Decision,
  DecisionKind,
  DecisionOutcome,
  PlacementTiming,
  ResourceKind,
  ResourceOutcome,
} from "../model/decision.js";
import { DomainFailure, fail, ok, type Result } from "../model/result.js";
import { checkDecisionWords } from "../referrals/decision-words.js";
import { referralNotice } from "../referrals/referral-records.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { decideReferral } from "../votes/close-decision-vote.js";
import type { DecidingChoice } from "../votes/tallies.js";
import { DecisionCodes } from "./decision-codes.js";
import { requestRoomCardUpdate } from "../meeting-room/room-card-update.js";
import { followUpDecision } from "./decision-follow-ups.js";
import { checkDecisionInput } from "./decision-input.js";

export interface RecordDecisionInput {
  meetingId: string;
  agendaItemId: string;
  kind: DecisionKind;
  /** Required unless `kind` is `resource-request`, whose outcome follows from the resource's. */
  outcome?: DecisionOutcome | null;
  resource?: { resource: ResourceKind; outcome: ResourceOutcome; placement?: PlacementTiming | null } | null;
  reasons: string;
  /** YYYY-MM-DD; today when not given. Not before the meeting, not in the future. */
  decidedOn?: string | null;
  /** Who decided (Convenor people); the recorder when not given. */
  decidedByIds?: string[];
  /** YYYY-MM-DD of the next review, when one is set. */
  reviewDate?: string | null;
}

const alreadyDecidedMessage = "This item already has a decision: reload to see it.";

const choiceOf: Record<DecisionOutcome, DecidingChoice> = {
  approved: "approve",
  noted: "approve",
  declined: "decline",
  deferred: "defer",
};

/**
 * The chair or coordinator records the decision on a case item that no vote decided (003 3.7: outcome,
 * reasons, date, who decided): a case decision, a dispute resolution, a grave-concern review or a resource
 * request (000 4b, 6, 7). A resource agreed but unavailable goes on the panel's unmet need register. The item's
 * referral moves to decided (or deferred) and its outcome goes to the referrer. One decision an item: a second
 * record is refused, writing nothing.
 */
export async function recordDecision(
  deps: UseCaseDeps,
  actor: Actor,
  input: RecordDecisionInput,
): Promise<Result<Decision>> {
  try {
    return await recordIn(deps, actor, input);
  } catch (error) {
    if (error instanceof DomainFailure) return { ok: false, error: error.error };
    throw error;
  }
}

async function recordIn(
  deps: UseCaseDeps,
  actor: Actor,
  input: RecordDecisionInput,
): Promise<Result<Decision>> {
  const now = deps.clock.now();
  const at = now.toISOString();
  return deps.store.transaction(async (tx) => {
    const access = await loadMeetingAccess(tx, actor.personId, input.meetingId);
    if (!access.ok) return access;
    const { meeting, panel } = access.value;
    if (access.value.viewer !== "manager") {
      return fail(DecisionCodes.chairOnly, "Only the panel's chair or coordinator can record a decision.");
    }
    const item = access.value.items.find((candidate) => candidate.id === input.agendaItemId);
    if (!item) return fail(MeetingCodes.itemNotFound, "That agenda item is not on this meeting.");
    if (!item.childId && !item.referralId) {
      return fail(DecisionCodes.notACaseItem, "Decisions are recorded on case items only.");
    }
    const words = checkDecisionWords("reason", input.reasons, "the reasons for the decision");
    if (words) return words;
    const checked = await checkDecisionInput(tx, input, { meeting, actor, now });
    if (!checked.ok) return checked;

    const earlier = await tx.votes.decisionsOfItems([item.id]);
    if (earlier.length > 0) {
      return fail(DecisionCodes.alreadyDecided, alreadyDecidedMessage);
    }
    const questions = await tx.votes.questionsOfMeeting(meeting.id);
    if (questions.some((q) => q.agendaItemId === item.id && q.kind === "decision" && q.state !== "closed")) {
      return fail(
        DecisionCodes.voteOpen,
        "A decision vote is open on this item: close it in the meeting chat.",
      );
    }

    const { outcome, resource, decidedAt, decidedByIds, reviewDate } = checked.value;
    const reasons = input.reasons.trim();
    const referral = await decideReferral(tx, item.referralId, choiceOf[outcome], actor, at, reasons);
    if (!referral.ok) return referral;

    const decision: Decision = {
      id: newIdFrom(deps),
      questionId: null,
      meetingId: meeting.id,
      agendaItemId: item.id,
      referralId: item.referralId,
      childId: item.childId,
      kind: input.kind,
      outcome,
      resource,
      reasons,
      decidedAt,
      decidedByIds,
      reviewDate,
      votes: [],
      dissent: [],
      castingOutcome: false,
    };
    if (!(await tx.votes.insertRecordedDecision(decision))) {
      // Recorded by someone else meanwhile (a double click): undo the referral's move too.
      throw new DomainFailure({ code: DecisionCodes.alreadyDecided, message: alreadyDecidedMessage });
    }
    if (resource?.outcome === "agreed-unavailable") {
      await tx.unmetNeed.insert({
        id: newIdFrom(deps),
        panelId: panel.id,
        meetingId: meeting.id,
        agendaItemId: item.id,
        decisionId: decision.id,
        resource: resource.resource,
        reference: referral.value?.reference ?? item.title,
        recordedOn: meeting.startsAt.slice(0, 10),
      });
    }
    const subject = item.referralId
      ? { type: "referral" as const, id: item.referralId, childId: item.childId }
      : { type: "meeting" as const, id: meeting.id, childId: item.childId };
    await tx.audit.append(
      meetingAudit(deps, actor, "decision.recorded", subject, at, {
        decisionId: decision.id,
        kind: decision.kind,
        outcome: decision.outcome,
        ...(resource ? { resource: resource.resource, resourceOutcome: resource.outcome } : {}),
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
          reason: reasons,
          panelDecision: outcome,
        }),
      );
    }
    await followUpDecision(deps, tx, actor, { decision, item, meeting, panel, referral: referral.value }, at);
    // Recorded while the meeting runs in its chat: the running agenda card shows the item decided.
    if (await tx.meetingRooms.get(meeting.id)) await requestRoomCardUpdate(deps, tx, actor, meeting.id, at);
    return ok(decision);
  });
}
