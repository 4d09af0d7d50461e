import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { ActivityTypes, type Request, type TurnContext } from "botbuilder";
import type { ErrorCode } from "@convenor/shared";
import type { BotContext } from "../conversation/bot-context.js";
import type { ConversationSender } from "../delivery/conversation-sender.js";
import { activityShape } from "./activity-shape.js";
import { createCloudAdapter, type BotAuth } from "./bot-auth.js";
import { ConvenorActivityHandler } from "./convenor-activity-handler.js";
import { capturedResponse, sendJson, type AdapterAnswer } from "./node-response.js";
import { TeamsSender } from "./teams-sender.js";

export interface BotHost {
  handle(req: IncomingMessage & { body?: unknown }, res: ServerResponse): Promise<void>;
  sender: ConversationSender;
}

/** The invokes Convenor answers; any other is told so, instead of botbuilder's bare 501. */
const handledInvokes = new Set(["adaptiveCard/action"]);

/** Per request, shared between the turn and `onTurnError`: the correlation id, and whether the turn failed. */
interface TurnRecord {
  correlationId: string;
  failed: boolean;
}
const turnRecordKey = Symbol("convenor.turnRecord");

function errorBody(code: ErrorCode, message: string, fields?: { field: string; message: string }[]) {
  return { error: { code, message, ...(fields ? { fields } : {}) } };
}

function tenantOf(activity: Record<string, unknown>): string | null {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const conversation = activity.conversation as { tenantId?: unknown } | undefined;
  const id = channelData?.tenant?.id ?? conversation?.tenantId;
  return typeof id === "string" ? id : null;
}

function correlationIdOf(res: ServerResponse): string {
  const given = res.getHeader("x-correlation-id");
  return typeof given === "string" && given !== "" ? given : randomUUID();
}

/** Tells a Teams client that Convenor does not handle this invoke, as a message it can show. */
async function answerUnhandledInvoke(context: TurnContext): Promise<void> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: {
      status: 200,
      body: {
        statusCode: 200,
        type: "application/vnd.microsoft.activity.message",
        value: "Convenor does not handle this request.",
      },
    },
  });
}

/**
 * The bot's HTTP entry point: checks the activity's shape and tenant, lets the adapter authenticate and run
 * it, then answers with the adapter's answer, or with a JSON error that carries no internal text.
 */
export function createBotHost(ctx: BotContext, auth: BotAuth): BotHost {
  const { adapter, appId } = createCloudAdapter(auth);
  const handler = new ConvenorActivityHandler(ctx);
  const shape = activityShape(auth.mode);

  adapter.onTurnError = async (context, error) => {
    const record = context.turnState.get<TurnRecord | undefined>(turnRecordKey);
    if (record) record.failed = true;
    ctx.logger.error(
      { err: error, correlationId: record?.correlationId ?? null, type: context.activity.type },
      "bot turn failed",
    );
    if (context.activity.type !== "message") return;
    try {
      await context.sendActivity(
        "Sorry, something went wrong on our side. Nothing was changed; please try again.",
      );
    } catch (apologyError) {
      ctx.logger.warn(
        { err: apologyError, correlationId: record?.correlationId ?? null },
        "could not tell the user the turn failed",
      );
    }
  };

  function answer(
    res: ServerResponse,
    record: TurnRecord,
    adapterAnswer: AdapterAnswer,
    error?: unknown,
  ): void {
    const { status, body } = adapterAnswer;
    if (error !== undefined || record.failed || status >= 500) {
      if (error !== undefined || !record.failed) {
        ctx.logger.error(
          {
            err: error,
            status,
            answer: typeof body === "string" ? body : undefined,
            correlationId: record.correlationId,
          },
          "bot endpoint failed",
        );
      }
      return sendJson(
        res,
        500,
        errorBody(
          "INTERNAL",
          `Something went wrong on our side. Quote ${record.correlationId} if you contact support.`,
        ),
      );
    }
    if (status === 401 || status === 403) {
      ctx.logger.info({ correlationId: record.correlationId, answer: body }, "activity not authenticated");
      return sendJson(
        res,
        401,
        errorBody("AUTH.UNAUTHENTICATED", "The activity's Bot Framework token was not accepted."),
      );
    }
    if (typeof body === "object" && body !== null) return sendJson(res, status, body);
    if (status >= 400) {
      return sendJson(
        res,
        status,
        errorBody("BOT.MALFORMED_ACTIVITY", "The body is not a Bot Framework activity."),
      );
    }
    return sendJson(res, status);
  }

  return {
    sender: new TeamsSender(adapter, appId),
    async handle(req, res) {
      const record: TurnRecord = { correlationId: correlationIdOf(res), failed: false };
      const parsed = shape.safeParse(req.body);
      if (!parsed.success) {
        const fields = parsed.error.issues.slice(0, 10).map((issue) => ({
          field: issue.path.map(String).join(".") || "(body)",
          message: issue.message,
        }));
        ctx.logger.warn(
          { correlationId: record.correlationId, fields: fields.map((field) => field.field) },
          "malformed activity rejected",
        );
        return sendJson(
          res,
          400,
          errorBody("BOT.MALFORMED_ACTIVITY", "The body is not a Bot Framework activity.", fields),
        );
      }
      const activity = parsed.data;
      if (auth.mode === "production" && tenantOf(activity) !== auth.tenantId) {
        ctx.logger.warn(
          { correlationId: record.correlationId, type: activity.type },
          "activity from another tenant rejected",
        );
        return sendJson(res, 403, errorBody("BOT.WRONG_TENANT", "This bot serves one tenant only."));
      }
      const { response, answer: adapterAnswer } = capturedResponse(res);
      try {
        await adapter.process(req as unknown as Request, response, async (context) => {
          context.turnState.set(turnRecordKey, record);
          const { type, name } = context.activity;
          if (type === String(ActivityTypes.Invoke) && !handledInvokes.has(name ?? "")) {
            await answerUnhandledInvoke(context);
            return;
          }
          await handler.run(context);
        });
      } catch (error) {
        return answer(res, record, adapterAnswer, error);
      }
      answer(res, record, adapterAnswer);
    },
  };
}
