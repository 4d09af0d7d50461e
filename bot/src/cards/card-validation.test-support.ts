import * as AC from "adaptivecards";
import type { AdaptiveCard } from "./card-elements.js";

/** Parses a card with the Adaptive Cards SDK and returns every parse and validation problem it reports. */
export function cardProblems(card: AdaptiveCard): string[] {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i += 1) problems.push(context.getEventAt(i).message);
  const validation = parsed.validateProperties();
  for (const event of validation.validationEvents) problems.push(event.message);
  return problems;
}

export const cardBytes = (card: AdaptiveCard): number => Buffer.byteLength(JSON.stringify(card), "utf8");
