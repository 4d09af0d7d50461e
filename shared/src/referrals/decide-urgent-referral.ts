import { canDecideUrgent } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { AgendaItem, Meeting } from "../model/meeting.js";
import type { Referral } from "../model/referral.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { checkDecisionWords } from "./decision-words.js";
import { idempotentReferralWrite, replayReferralWithMeeting } from "./idempotent-referral-write.js";
import { ReferralCodes } from "./referral-codes.js";
import { referralAudit, referralNotice } from "./referral-records.js";
import { panelChat, personChat } from "../conversations/conversation-key.js";
import { transition } from "./referral-state-machine.js";

export interface DecideUrgentReferralInput {
  referralId: string;
  idempotencyKey: string;
  decision: "approve" | "decline";
  reason: string;
}

export interface DecideUrgentReferralResult {
  referral: Referral;
  /** The meeting that will consider an approved request retrospectively; null if none is planned yet. */
  meeting: Meeting | null;
  replayed: boolean;
}

/**
 * The emergency authoriser decides an urgent request between meetings (000 8; 002 B 4.1 ii). An approved
 * request is accepted and listed as a retrospective item on the next planned meeting's agenda.
 */
export async function decideUrgentReferral(
  deps: UseCaseDeps,
  actor: Actor,
  input: DecideUrgentReferralInput,
): Promise<Result<DecideUrgentReferralResult>> {
  const at = deps.clock.now().toISOString();

  const listRetrospectively = async (
    tx: StoreTx,
    accepted: Referral,
  ): Promise<{ referral: Referral; meeting: Meeting | null }> => {
    const [meeting] = await tx.meetings.upcoming(accepted.panelId, at);
    if (!meeting) return { referral: accepted, meeting: null };
    const panel = await tx.panels.get(accepted.panelId);
    const items = await tx.agenda.listForMeeting(meeting.id);
    const item: AgendaItem = {
      id: newIdFrom(deps),
      meetingId: meeting.id,
      position: Math.max(0, ...items.map((existing) => existing.position)) + 1,
      source: "retrospective",
      title: accepted.reference ?? accepted.id,
      referralId: accepted.id,
      childId: accepted.childId || null,
      slotMinutes: panel?.settings.caseSlotMinutes ?? null,
      presenterId: accepted.referrerId,
      invitedPersonIds: [],
    };
    await tx.agenda.insert(item);
    const scheduled = transition(accepted, "scheduled", {
      byPersonId: actor.personId,
      at,
      reason: "Listed for retrospective consideration",
    });
    if (!scheduled.ok) throw new Error(scheduled.error.message);
    return { referral: scheduled.value, meeting };
  };

  return idempotentReferralWrite<DecideUrgentReferralResult>(deps, actor, {
    scope: "referral.urgent-decision",
    idempotencyKey: input.idempotencyKey,
    request: input,
    referralId: input.referralId,
    replay: replayReferralWithMeeting,
    work: async (tx) => {
      const wordsProblem = checkDecisionWords("reason", input.reason, "the reason for the decision");
      if (wordsProblem) return wordsProblem;
      const current = await tx.referrals.get(input.referralId);
      if (!current) return fail(ErrorCodes.notFound, "That referral was not found.");
      const memberships = await tx.panels.membershipsOf(actor.personId);
      const panelMembers = await tx.panels.members(current.panelId);
      if (!canDecideUrgent(memberships, actor.personId, current.panelId, panelMembers)) {
        return fail(
          ErrorCodes.forbidden,
          "Only the panel's emergency authoriser can decide urgent requests.",
        );
      }
      if (current.urgency !== "urgent") {
        return fail(
          ReferralCodes.notUrgent,
          "This referral is not urgent: it is screened for the next meeting.",
        );
      }
      const approve = input.decision === "approve";
      const moved = transition(current, approve ? "accepted" : "declined", {
        byPersonId: actor.personId,
        at,
        reason: input.reason,
      });
      if (!moved.ok) return moved;
      const { referral, meeting } = approve
        ? await listRetrospectively(tx, { ...moved.value, retrospective: true })
        : { referral: moved.value, meeting: null };
      const stored: Referral = { ...referral, meetingId: meeting?.id ?? null };
      if (!(await tx.referrals.update(stored, current.version))) {
        return fail(
          ErrorCodes.conflict,
          "Someone decided this referral at the same time. Reload it and try again.",
        );
      }
      const action = approve ? "referral.urgent-approved" : "referral.urgent-declined";
      await tx.audit.append(referralAudit(deps, actor, action, stored, at));
      const reason = input.reason.trim() || null;
      await tx.outbox.enqueue(
        referralNotice(deps, actor, "referral.outcome", personChat(stored.referrerId), stored, at, {
          reason,
        }),
      );
      await tx.outbox.enqueue(
        referralNotice(deps, actor, "referral.screened", panelChat(stored.panelId), stored, at),
      );
      return ok({ referral: stored, meeting, replayed: false });
    },
  });
}
