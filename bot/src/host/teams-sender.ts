import type { CloudAdapter, TurnContext } from "botbuilder";
import type { AdaptiveCard } from "../cards/card-elements.js";
import type { ConversationSender } from "../delivery/conversation-sender.js";
import { ThrottledError } from "../delivery/throttled-error.js";
import { cardActivity } from "./convenor-activity-handler.js";

const defaultThrottleMs = 5_000;

function throttleOf(error: unknown): ThrottledError | null {
  if (typeof error !== "object" || error === null) return null;
  const status = (error as { statusCode?: unknown }).statusCode;
  if (status !== 429) return null;
  const headers = (error as { response?: { headers?: { get?: (name: string) => string | undefined } } })
    .response?.headers;
  const retryAfter = Number(headers?.get?.("retry-after"));
  return new ThrottledError(
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : defaultThrottleMs,
    "Teams throttled the bot (429)",
  );
}

/** Proactive messages through the Bot Connector from stored conversation references. */
export class TeamsSender implements ConversationSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
  ) {}

  async send(reference: Record<string, unknown>, card: AdaptiveCard): Promise<{ activityId: string }> {
    let activityId = "";
    await this.continue(reference, async (context) => {
      const response = await context.sendActivity(cardActivity(card));
      activityId = response?.id ?? "";
    });
    return { activityId };
  }

  async update(reference: Record<string, unknown>, activityId: string, card: AdaptiveCard): Promise<void> {
    await this.continue(reference, async (context) => {
      await context.updateActivity({
        type: "message",
        id: activityId,
        conversation: context.activity.conversation,
        ...cardActivity(card),
      });
    });
  }

  /** Runs `logic` in the conversation. The adapter hands turn errors to `onTurnError`; they are rethrown here so the outbox retries. */
  private async continue(
    reference: Record<string, unknown>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    let failure: Error | null = null;
    try {
      await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
        try {
          await logic(context);
        } catch (error) {
          failure = asError(error);
        }
      });
    } catch (error) {
      failure = asError(error);
    }
    if (failure !== null) throw throttleOf(failure) ?? failure;
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
