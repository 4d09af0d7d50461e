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
