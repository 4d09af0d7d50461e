import type { Actor, Person, UseCaseDeps } from "@convenor/shared";
import type { Logger } from "pino";
import type { TurnInfo } from "./turn.js";

/** What the conversation layer needs: the use-case ports, a logger and a nonce source for card instances. */
export interface BotContext {
  deps: UseCaseDeps;
  logger: Pick<Logger, "info" | "warn" | "error" | "debug">;
  newNonce: () => string;
}

export function actorFor(person: Person, turn: TurnInfo): Actor {
  return {
    personId: person.id,
    channel: "bot",
    origin: turn.conversationId.slice(0, 200),
    correlationId: turn.correlationId.slice(0, 100),
  };
}

/**
 * Remembers where to reach a person proactively: saved on every message they send in personal chat.
 * Notifications held because they could not be reached go out now.
 */
export async function rememberPersonalChat(ctx: BotContext, person: Person, turn: TurnInfo): Promise<void> {
  if (turn.conversationType !== "personal") return;
  const recipient = `person:${person.id}`;
  await ctx.deps.store.transaction(async (tx) => {
    await tx.conversations.put(recipient, turn.reference);
    await tx.outbox.retryNow(recipient, ctx.deps.clock.now().toISOString());
  });
}
