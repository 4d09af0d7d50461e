import { ragAreas, saveTrackerRatings, saveTrackerRatingsInput, type Actor } from "@convenor/shared";
import { z } from "zod";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { messageCard } from "../cards/message.card.js";
import { trackerCard, trackerVerbs } from "../cards/tracker.card.js";
import { parseAction } from "./action-data.js";
import type { BotContext } from "./bot-context.js";
import { domainErrorCard } from "./domain-error.js";
import { malformedActionCard } from "./standard-replies.js";
import type { ActionTurn } from "./turn.js";

const trackerActionData = z.object({
  panelId: z.string().max(64),
  month: z.string().max(7),
  cardId: z.string().max(100),
});

const inputPattern = /^rag:([A-Za-z0-9_-]{1,64}):([a-z-]{1,40})$/;

/** Save or Submit on the monthly tracker card: the choices, read from the card's inputs, to one use case. */
export async function saveTracker(ctx: BotContext, actor: Actor, turn: ActionTurn): Promise<AdaptiveCard> {
  const action = parseAction(trackerActionData, turn.data);
  if (!action) return malformedActionCard;
  const byChild = new Map<string, Record<string, string>>();
  for (const [key, value] of Object.entries(action.inputs)) {
    const match = inputPattern.exec(key);
    if (!match || value === "") continue;
    const [, childId, area] = match as unknown as [string, string, string];
    byChild.set(childId, { ...byChild.get(childId), [area]: value });
  }
  const input = saveTrackerRatingsInput.safeParse({
    ...action.own,
    submit: turn.verb === trackerVerbs.submit,
    ratings: [...byChild].map(([childId, areas]) => ({ childId, areas })),
  });
  if (!input.success) {
    const known = (area: string) => (ragAreas as readonly string[]).includes(area);
    const unknownArea = [...byChild.values()].some((areas) =>
      Object.keys(areas).some((area) => !known(area)),
    );
    return messageCard(
      "Some ratings need attention",
      unknownArea
        ? "The card sent an area the tracker does not have. Open your latest tracker card and try again."
        : "Each area takes Red, Amber or Green only. Open your latest tracker card and try again.",
      "error",
    );
  }
  const result = await saveTrackerRatings(ctx.deps, actor, input.data);
  if (!result.ok) return domainErrorCard(result.error);
  const { card, listed, incomplete } = result.value;
  const saved = turn.verb === trackerVerbs.submit && !incomplete ? "Submitted. Thank you." : "Saved.";
  const listedNote =
    listed > 0
      ? ` ${listed === 1 ? "One young person is" : `${listed} young people are`} listed for the next panel.`
      : "";
  return trackerCard(card, {
    cardId: ctx.newNonce(),
    message: incomplete
      ? { text: incomplete.message, style: "attention" }
      : { text: `${saved}${listedNote}`, style: "good" },
  });
}
