import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { RecentTeamsUsers, type OutboxMessage, type UseCaseDeps } from "@convenor/shared";
import type { Logger } from "pino";
import type { BotContext } from "./conversation/bot-context.js";
import { OutboxDeliverer } from "./delivery/outbox-deliverer.js";
import type { BotAuth } from "./host/bot-auth.js";
import { createBotHost } from "./host/create-bot-host.js";

export type { BotAuth } from "./host/bot-auth.js";
export type { AdaptiveCard } from "./cards/card-elements.js";
export { ThrottledError } from "./delivery/throttled-error.js";

export interface ConvenorBotOptions {
  deps: UseCaseDeps;
  logger: Logger;
  auth: BotAuth;
  /** Nonces for card instances (idempotency keys of their actions); random UUIDs by default. */
  newNonce?: () => string;
  /** The service's public address, for links to the tab in cards. */
  publicUrl?: string;
}

export interface ConvenorBot {
  /** Mount at `POST /api/messages`, after a JSON body parser. */
  handle(req: IncomingMessage & { body?: unknown }, res: ServerResponse): Promise<void>;
  /** For the outbox worker: throws to be retried; a throttled delivery throws with `retryAfterMs`. */
  deliverer: { deliver(message: OutboxMessage): Promise<void> };
}

/** The Teams bot: the activity endpoint and the deliverer of its proactive notifications. */
export function createConvenorBot(options: ConvenorBotOptions): ConvenorBot {
  const ctx: BotContext = {
    deps: options.deps,
    logger: options.logger.child({ component: "bot" }),
    newNonce: options.newNonce ?? randomUUID,
    recentUsers: new RecentTeamsUsers(),
  };
  const host = createBotHost(ctx, options.auth);
  const deliverer = new OutboxDeliverer({
    deps: options.deps,
    sender: host.sender,
    logger: ctx.logger,
    newNonce: ctx.newNonce,
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  });
  return { handle: (req, res) => host.handle(req, res), deliverer };
}
