import type { Actor, Person, RecentTeamsUsers, UseCaseDeps } from "@convenor/shared";
import type { Logger } from "pino";
import type { TurnInfo } from "./turn.js";

/**
 * What the conversation layer needs: the use-case ports, a logger, a nonce source for card instances and,
 * when the host keeps one, the users it identified lately.
 */
export interface BotContext {
  deps: UseCaseDeps;
  logger: Pick<Logger, "info" | "warn" | "error" | "debug">;
  newNonce: () => string;
  recentUsers?: RecentTeamsUsers;
}

export function actorFor(person: Person, turn: TurnInfo): Actor {
  return {
    personId: person.id,
    channel: "bot",
    origin: turn.conversationId.slice(0, 200),
    correlationId: turn.correlationId.slice(0, 100),
  };
}
