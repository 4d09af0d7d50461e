import {
  getScreeningDetail,
  loadScreeningCard,
  referralRequirements,
  screenReferral,
  screensReferral,
  type Actor,
} from "@convenor/shared";
import type { AdaptiveCard } from "../cards/card-elements.js";
import {
  nextMeetingChoice,
  screeningDetailCard,
  screeningInputs,
  type ScreeningDetailInput,
} from "../cards/screening-detail.card.js";
import { screeningSummaryCard } from "../cards/screening-summary.card.js";
import { parseAction, referralActionData, screeningDecisionData } from "./action-data.js";
import { malformedActionCard } from "./standard-replies.js";
import type { BotContext } from "./bot-context.js";
import { domainErrorCard } from "./domain-error.js";
import { sharedScreeningCard } from "../rendering/shared-screening-card.js";
import type { ActionTurn } from "./turn.js";

/**
 * "Open to screen": the detail, for this person only, if they may see it (every view and refusal audited).
 * The card's automatic refresh runs for everyone in a small chat; it opens the detail for the panel's
 * screeners only, and leaves everyone else the shared card as it is, unaudited since nothing was shown.
 */
export async function openScreening(ctx: BotContext, actor: Actor, turn: ActionTurn): Promise<AdaptiveCard> {
  const action = parseAction(referralActionData, turn.data);
  if (!action) return malformedActionCard;
  const referralId = action.own.referralId;
  if (turn.trigger === "automatic" && !(await screensReferral(ctx.deps, actor, { referralId }))) {
    const content = await loadScreeningCard(ctx.deps, { referralId });
    return content ? sharedScreeningCard(content) : malformedActionCard;
  }
  return screeningDetailFor(ctx, actor, referralId);
}

async function screeningDetailFor(
  ctx: BotContext,
  actor: Actor,
  referralId: string,
  refused?: ScreeningDetailInput["refused"],
): Promise<AdaptiveCard> {
  const screening = await getScreeningDetail(ctx.deps, actor, { referralId });
  if (!screening.ok) return domainErrorCard(screening.error);
  const { detail, canScreen, upcomingMeetings, lcjst, resubmission } = screening.value;
  return screeningDetailCard({
    detail,
    lcjst,
    resubmission,
    fields: referralRequirements(detail.panel.preset).fields,
    meetings: upcomingMeetings.slice(0, 6),
    canScreen,
    nonce: ctx.newNonce(),
    ...(refused ? { refused } : {}),
  });
}

/** Accept, return or decline. The shared card is updated for everyone by the outbox (`referral.screened`). */
export async function decideScreening(
  ctx: BotContext,
  actor: Actor,
  turn: ActionTurn,
): Promise<AdaptiveCard> {
  const action = parseAction(screeningDecisionData, turn.data);
  if (!action) return malformedActionCard;
  const { own, inputs } = action;
  const meetingId = inputs[screeningInputs.meetingId];
  const decision =
    own.decision === "accept"
      ? { kind: "accept" as const, ...(meetingId && meetingId !== nextMeetingChoice ? { meetingId } : {}) }
      : own.decision === "return"
        ? { kind: "return" as const, question: inputs[screeningInputs.question] ?? "" }
        : { kind: "decline" as const, reason: inputs[screeningInputs.reason] ?? "" };
  const result = await screenReferral(ctx.deps, actor, {
    referralId: own.referralId,
    idempotencyKey: `${own.nonce}:${own.decision}`,
    decision,
  });
  if (!result.ok) {
    ctx.logger.info(
      { code: result.error.code, referralId: own.referralId, correlationId: actor.correlationId },
      "screening refused",
    );
    const wrong = result.error.fields?.find((f) => f.field === "question" || f.field === "reason");
    if (wrong && (wrong.field === "question" || wrong.field === "reason")) {
      return screeningDetailFor(ctx, actor, own.referralId, {
        field: wrong.field,
        text: inputs[screeningInputs[wrong.field]] ?? "",
        error: wrong.message,
      });
    }
    return domainErrorCard(result.error);
  }
  ctx.logger.info(
    {
      referralId: own.referralId,
      state: result.value.referral.state,
      replayed: result.value.replayed,
      correlationId: actor.correlationId,
    },
    "referral screened",
  );
  const { view } = result.value;
  return screeningSummaryCard({
    summary: view.summary,
    screenerUserIds: [],
    ...(view.decidedBy ? { decidedBy: view.decidedBy } : {}),
  });
}
