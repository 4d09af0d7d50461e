import { ukLocalDate } from "../calendar/iso-date.js";
import { canScreen } from "../auth/policies.js";
import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import type { Meeting } from "../model/meeting.js";
import type { Panel } from "../model/panel.js";
import type { Referral } from "../model/referral.js";
import { fail, ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { checkDecisionWords } from "./decision-words.js";
import { idempotentReferralWrite, replayReferralWithMeeting } from "./idempotent-referral-write.js";
import { nextOpenMeeting } from "./next-open-meeting.js";
import { ReferralCodes } from "./referral-codes.js";
import { referralAudit, referralNotice } from "./referral-records.js";
import { panelChat, personChat } from "../conversations/conversation-key.js";
import { readReferralView, type ReferralView } from "./referral-notice-view.js";
import { transition } from "./referral-state-machine.js";

export type ScreeningDecision =
  | { kind: "accept"; meetingId?: string }
  | { kind: "return"; question: string }
  | { kind: "decline"; reason: string };

export interface ScreenReferralInput {
  referralId: string;
  idempotencyKey: string;
  decision: ScreeningDecision;
}

export interface ScreenReferralResult {
  referral: Referral;
  /** The meeting an accepted referral goes to; null when none is planned yet, or not accepted. */
  meeting: Meeting | null;
  /** What the shared screening card now shows (non-identifying), so the edge renders without another read. */
  view: ReferralView;
  replayed: boolean;
}

const decisionState = { accept: "accepted", return: "returned", decline: "declined" } as const;

/** A chair or coordinator accepts a submitted referral onto a meeting, returns it with a question, or declines it. */
export async function screenReferral(
  deps: UseCaseDeps,
  actor: Actor,
  input: ScreenReferralInput,
): Promise<Result<ScreenReferralResult>> {
  const now = deps.clock.now();
  const at = now.toISOString();

  const meetingFor = async (tx: StoreTx, panel: Panel): Promise<Result<Meeting | null>> => {
    if (input.decision.kind !== "accept") return ok(null);
    const { meetingId } = input.decision;
    if (!meetingId) return ok((await nextOpenMeeting(tx, panel, now, ukLocalDate(at)))?.meeting ?? null);
    const meeting = await tx.meetings.get(meetingId);
    if (!meeting || meeting.panelId !== panel.id || meeting.state !== "planned" || meeting.startsAt <= at) {
      return fail(ReferralCodes.meetingNotAvailable, "Choose a planned future meeting of this panel.");
    }
    return ok(meeting);
  };

  return idempotentReferralWrite<ScreenReferralResult>(deps, actor, {
    scope: "referral.screen",
    idempotencyKey: input.idempotencyKey,
    request: input,
    referralId: input.referralId,
    replay: async (tx, referralId) => {
      const replayed = await replayReferralWithMeeting(tx, referralId);
      return replayed.ok ? ok({ ...replayed.value, view: await viewOf(tx, referralId, at) }) : replayed;
    },
    work: async (tx) => {
      const decision = input.decision;
      const wordsProblem =
        decision.kind === "return"
          ? checkDecisionWords("question", decision.question, "the question for the referrer")
          : decision.kind === "decline"
            ? checkDecisionWords("reason", decision.reason, "the reason for declining")
            : null;
      if (wordsProblem) return wordsProblem;
      const current = await tx.referrals.get(input.referralId);
      if (!current) return fail(ErrorCodes.notFound, "That referral was not found.");
      const memberships = await tx.panels.membershipsOf(actor.personId);
      if (!canScreen(memberships, actor.personId, current.panelId)) {
        return fail(ErrorCodes.forbidden, "Only the panel's chair or coordinator can screen this referral.");
      }
      const panel = await tx.panels.get(current.panelId);
      if (!panel) throw new Error(`Referral ${current.id} belongs to a missing panel`);
      const meeting = await meetingFor(tx, panel);
      if (!meeting.ok) return meeting;

      const reason =
        decision.kind === "return" ? decision.question : decision.kind === "decline" ? decision.reason : null;
      const moved = transition(current, decisionState[decision.kind], {
        byPersonId: actor.personId,
        at,
        reason,
      });
      if (!moved.ok) return moved;
      const referral: Referral = { ...moved.value, meetingId: meeting.value?.id ?? null };
      if (!(await tx.referrals.update(referral, current.version))) {
        return fail(
          ErrorCodes.conflict,
          "Someone screened this referral at the same time. Reload it and try again.",
        );
      }

      await tx.audit.append(referralAudit(deps, actor, `referral.${referral.state}`, referral, at));
      const detail = decision.kind === "return" ? { question: reason } : { reason };
      await tx.outbox.enqueue(
        referralNotice(
          deps,
          actor,
          "referral.outcome",
          personChat(referral.referrerId),
          referral,
          at,
          detail,
        ),
      );
      await tx.outbox.enqueue(
        referralNotice(deps, actor, "referral.screened", panelChat(referral.panelId), referral, at),
      );
      return ok({
        referral,
        meeting: meeting.value,
        view: await viewOf(tx, referral.id, at),
        replayed: false,
      });
    },
  });
}

async function viewOf(tx: StoreTx, referralId: string, at: string): Promise<ReferralView> {
  const view = await readReferralView(tx, referralId, ukLocalDate(at));
  if (!view) throw new Error(`Referral ${referralId} vanished while it was screened`);
  return view;
}
