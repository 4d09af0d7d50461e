import { decideUrgentReferral, type Actor } from "@convenor/shared";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { meetingTime } from "../cards/card-labels.js";
import { messageCard } from "../cards/message.card.js";
import { urgentReasonInput } from "../cards/urgent-decision.card.js";
import { parseAction, urgentDecisionData } from "./action-data.js";
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
  if (!result.ok) return domainErrorCard(result.error);
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
