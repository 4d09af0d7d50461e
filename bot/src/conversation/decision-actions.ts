import {
  completeAction,
  identifier,
  recordFamilySharing,
  sharingMethodLabels,
  type Actor,
  type SharingMethod,
} from "@convenor/shared";
import { z } from "zod";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { actionDoneCard, sharingInputs, sharingRecordedCard } from "../cards/decision-notice.card.js";
import { parseAction } from "./action-data.js";
import type { BotContext } from "./bot-context.js";
import { domainErrorCard } from "./domain-error.js";
import { malformedActionCard } from "./standard-replies.js";
import type { ActionTurn } from "./turn.js";

const actionData = z.object({ actionId: identifier(64) });

/** Mark done on an action's card: the owner (or the panel's chair) completes it; the card says it is done. */
export async function markActionDone(ctx: BotContext, actor: Actor, turn: ActionTurn): Promise<AdaptiveCard> {
  const action = parseAction(actionData, turn.data);
  if (!action) return malformedActionCard;
  const result = await completeAction(ctx.deps, actor, { actionId: action.own.actionId });
  if (!result.ok) return domainErrorCard(result.error);
  return actionDoneCard({
    description: result.value.description,
    completedAt: result.value.completedAt ?? "",
  });
}

const sharingData = z.object({ agendaItemId: identifier(64) });

/** Record sharing on the family sharing card: when and how the outcome was shared, to one use case. */
export async function recordSharing(ctx: BotContext, actor: Actor, turn: ActionTurn): Promise<AdaptiveCard> {
  const action = parseAction(sharingData, turn.data);
  if (!action) return malformedActionCard;
  // The use case refuses a method that is not one of the card's choices.
  const method = (action.inputs[sharingInputs.method] ?? "") as SharingMethod;
  const result = await recordFamilySharing(ctx.deps, actor, {
    agendaItemId: action.own.agendaItemId,
    sharedOn: action.inputs[sharingInputs.sharedOn] ?? "",
    method,
    note: action.inputs[sharingInputs.note] || null,
  });
  if (!result.ok) return domainErrorCard(result.error);
  return sharingRecordedCard({
    sharedOn: result.value.sharedOn,
    methodLabel: sharingMethodLabels[result.value.method],
  });
}
