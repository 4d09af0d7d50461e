import type { IncomingMessage, ServerResponse } from "node:http";
import type { Request } from "botbuilder";
import type { ErrorCode } from "@convenor/shared";
import type { BotContext } from "../conversation/bot-context.js";
import type { ConversationSender } from "../delivery/conversation-sender.js";
import { createCloudAdapter, type BotAuth } from "./bot-auth.js";
import { ConvenorActivityHandler } from "./convenor-activity-handler.js";
import { nodeResponse } from "./node-response.js";
import { TeamsSender } from "./teams-sender.js";

export interface BotHost {
  handle(req: IncomingMessage & { body?: unknown }, res: ServerResponse): Promise<void>;
  sender: ConversationSender;
}

function reject(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify({ error: { code, message } }));
}

function tenantOf(activity: Record<string, unknown>): string | null {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const conversation = activity.conversation as { tenantId?: unknown } | undefined;
  const id = channelData?.tenant?.id ?? conversation?.tenantId;
  return typeof id === "string" ? id : null;
}

/** The bot's HTTP entry point: checks the activity's shape and tenant, then lets the adapter authenticate it. */
export function createBotHost(ctx: BotContext, auth: BotAuth): BotHost {
  const { adapter, appId } = createCloudAdapter(auth);
  const handler = new ConvenorActivityHandler(ctx);
  adapter.onTurnError = async (context, error) => {
    ctx.logger.error(
      { err: error, correlationId: context.activity.id ?? null, type: context.activity.type },
      "bot turn failed",
    );
    if (context.activity.type === "message") {
      await context.sendActivity(
        "Sorry, something went wrong on our side. Nothing was changed; please try again.",
      );
    }
  };

  return {
    sender: new TeamsSender(adapter, appId),
    async handle(req, res) {
      const body = req.body;
      if (
        typeof body !== "object" ||
        body === null ||
        Array.isArray(body) ||
        typeof (body as { type?: unknown }).type !== "string"
      ) {
        ctx.logger.warn({ path: "/api/messages" }, "malformed activity rejected");
        return reject(res, 400, "BOT.MALFORMED_ACTIVITY", "The body is not a Bot Framework activity.");
      }
      const activity = body as Record<string, unknown>;
      if (auth.mode === "production" && tenantOf(activity) !== auth.tenantId) {
        ctx.logger.warn({ type: activity.type }, "activity from another tenant rejected");
        return reject(res, 403, "BOT.WRONG_TENANT", "This bot serves one tenant only.");
      }
      await adapter.process(req as unknown as Request, nodeResponse(res), (context) => handler.run(context));
    },
  };
}
