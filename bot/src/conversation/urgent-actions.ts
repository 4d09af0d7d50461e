import {
  decideUrgentReferral,
  getUrgentRequestDetail,
  referralRequirements,
  type Actor,
} from "@convenor/shared";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { meetingTime } from "../cards/card-labels.js";
import { messageCard } from "../cards/message.card.js";
import { urgentReasonInput } from "../cards/urgent-decision.card.js";
import { urgentDetailCard } from "../cards/urgent-detail.card.js";
import { parseAction, referralActionData, urgentDecisionData } from "./action-data.js";
import { malformedActionCard } from "./standard-replies.js";
import type { BotContext } from "./bot-context.js";
import { domainErrorCard } from "./domain-error.js";
import type { ActionTurn } from "./turn.js";

/** The emergency authoriser approves or declines an urgent request between meetings. */
export async function decideUrgent(ctx: BotContext, actor: Actor, turn: ActionTurn): Promise<AdaptiveCard> {
  const action = parseAction(urgentDecisionData, turn.data);
  if (!action) return malformedActionCard;
  const { own, inputs } = action;
  const result = await decideUrgentReferral(ctx.deps, actor, {
    referralId: own.referralId,
    idempotencyKey: `${own.nonce}:${own.decision}`,
    decision: own.decision,
    reason: inputs[urgentReasonInput] ?? "",
  });
  if (!result.ok) {
    const reasonError = result.error.fields?.find((field) => field.field === "reason");
    return reasonError
      ? urgentDetailFor(ctx, actor, own.referralId, {
          reason: inputs[urgentReasonInput] ?? "",
          error: reasonError.message,
        })
      : domainErrorCard(result.error);
  }
  const { referral, meeting } = result.value;
  if (own.decision === "decline") {
    return messageCard(
      `Urgent request ${referral.reference ?? ""} declined`,
      "The referrer has been told, with your reason.",
      "success",
    );
  }
  return messageCard(
    `Urgent request ${referral.reference ?? ""} approved`,
    meeting
      ? `Listed for retrospective consideration at the meeting on ${meetingTime(meeting.startsAt)}. The referrer has been told.`
      : "It will be listed for retrospective consideration when the next meeting is set. The referrer has been told.",
    "success",
  );
}

/** "Open the case" on an urgent request: the detail for this person only, if they may see it (audited). */
export async function openUrgent(ctx: BotContext, actor: Actor, turn: ActionTurn): Promise<AdaptiveCard> {
  const action = parseAction(referralActionData, turn.data);
  if (!action) return malformedActionCard;
  return urgentDetailFor(ctx, actor, action.own.referralId);
}

async function urgentDetailFor(
  ctx: BotContext,
  actor: Actor,
  referralId: string,
  refused?: { reason: string; error: string },
): Promise<AdaptiveCard> {
  const urgent = await getUrgentRequestDetail(ctx.deps, actor, { referralId });
  if (!urgent.ok) return domainErrorCard(urgent.error);
  const { detail, canDecide } = urgent.value;
  return urgentDetailCard({
    detail,
    fields: referralRequirements(detail.panel.preset).fields,
    canDecide,
    nonce: ctx.newNonce(),
    ...(refused ? { reason: refused.reason, reasonError: refused.error } : {}),
  });
}
