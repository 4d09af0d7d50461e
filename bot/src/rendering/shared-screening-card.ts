import type { ScreeningCardContent } from "@convenor/shared";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { screeningSummaryCard } from "../cards/screening-summary.card.js";
import { userIdOf } from "./teams-user-id.js";

/**
 * The screening card as the panel's conversation shows it, to everyone. Its refresh lists the Teams user ids
 * of the screeners who have chatted with Convenor, so their client fetches their own detailed view.
 */
export function sharedScreeningCard({ view, screenerChats }: ScreeningCardContent): AdaptiveCard {
  return screeningSummaryCard({
    summary: view.summary,
    screenerUserIds: screenerChats.map(userIdOf).filter((id): id is string => id !== null),
    ...(view.decidedBy ? { decidedBy: view.decidedBy } : {}),
  });
}
