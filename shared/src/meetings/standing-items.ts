import type { AgendaItem } from "../model/meeting.js";

/** Standing items open every agenda; any other business closes it. */
export const openingStandingItems = [
  "Apologies",
  "Minutes of the last meeting",
  "Actions carried forward",
] as const;
export const closingStandingItem = "Any other business";

export const isClosingItem = (item: Pick<AgendaItem, "source" | "title">): boolean =>
  item.source === "standing" && item.title === closingStandingItem;

/** Where a new item goes: before any other business when the agenda has it, else at the end. */
export function withAppended(items: readonly AgendaItem[], added: readonly AgendaItem[]): AgendaItem[] {
  const closing = items.filter(isClosingItem);
  return [...items.filter((item) => !isClosingItem(item)), ...added, ...closing];
}
