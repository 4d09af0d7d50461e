import {
  CardFactory,
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from "botbuilder";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { handleAction } from "../conversation/action-handler.js";
import type { BotContext } from "../conversation/bot-context.js";
import { handleInstall, handleMessage, welcome } from "../conversation/message-handler.js";
import type { Reply } from "../conversation/turn.js";
import { mentionsRecipient, turnInfo } from "./turn-info.js";

export const cardActivity = (card: AdaptiveCard) => ({ attachments: [CardFactory.adaptiveCard(card)] });

async function send(context: TurnContext, replies: Reply[]): Promise<void> {
  for (const reply of replies) {
    await context.sendActivity("card" in reply ? cardActivity(reply.card) : reply.text);
  }
}

/** botbuilder's parsed invoke value drops `trigger`, so it is read from the activity. */
function triggerOf(value: unknown): "automatic" | "manual" {
  const trigger =
    typeof value === "object" && value !== null ? (value as { trigger?: unknown }).trigger : null;
  return trigger === "automatic" ? "automatic" : "manual";
}

/** Teams events to the SDK-free conversation layer: messages, installs and `Action.Execute` invokes. */
export class ConvenorActivityHandler extends TeamsActivityHandler {
  constructor(private readonly ctx: BotContext) {
    super();
    this.onMessage(async (context, next) => {
      const activity = context.activity;
      const mentionsBot = mentionsRecipient(activity);
      const text = (mentionsBot ? TurnContext.removeRecipientMention(activity) : activity.text) ?? "";
      await send(context, await handleMessage(this.ctx, { ...turnInfo(context), text, mentionsBot }));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some(
        (m) => m.id === context.activity.recipient.id,
      );
      if (botAdded) {
        const turn = turnInfo(context);
        await handleInstall(this.ctx, turn);
        await send(context, [welcome(turn)]);
      }
      await next();
    });
    // Teams sends this (as well as, usually, the conversation update) when the app is added.
    this.onInstallationUpdateAdd(async (context, next) => {
      await handleInstall(this.ctx, turnInfo(context));
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const data =
      typeof invokeValue.action.data === "object" && invokeValue.action.data !== null
        ? invokeValue.action.data
        : {};
    const card = await handleAction(this.ctx, {
      ...turnInfo(context),
      verb: String(invokeValue.action.verb ?? ""),
      trigger: triggerOf(context.activity.value),
      data: data,
    });
    return { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: { ...card } };
  }
}
