import { identifyTeamsUser, type Person } from "@convenor/shared";
import type { BotContext } from "./bot-context.js";
import type { TurnInfo } from "./turn.js";

/**
 * The Convenor person behind a turn. In their personal chat, where to reach them proactively is remembered
 * in the same step (and notifications held for them go out); `installed` does so even when it is unchanged.
 */
export function identifyPerson(
  ctx: BotContext,
  turn: Pick<TurnInfo, "user" | "lookupEmail" | "conversationType" | "reference">,
  options: { installed?: boolean } = {},
): Promise<Person | null> {
  return identifyTeamsUser(ctx.deps, {
    ...(turn.user.aadObjectId ? { aadObjectId: turn.user.aadObjectId } : {}),
    lookupEmail: turn.lookupEmail,
    ...(turn.conversationType === "personal" ? { personalChat: turn.reference } : {}),
    ...(options.installed ? { installed: true } : {}),
    ...(ctx.recentUsers ? { recent: ctx.recentUsers } : {}),
  });
}
