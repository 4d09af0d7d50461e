import type { ReferralView, UseCaseDeps } from "@convenor/shared";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { screeningSummaryCard } from "../cards/screening-summary.card.js";
import { userIdOf } from "../delivery/conversation-sender.js";

/**
 * The screening card as the panel's conversation shows it, to everyone. Its refresh lists the Teams user ids
 * of the screeners who have chatted with Convenor, so their client fetches their own detailed view.
 */
export async function sharedScreeningCard(deps: UseCaseDeps, view: ReferralView): Promise<AdaptiveCard> {
  const references = await deps.store.transaction((tx) =>
    Promise.all(view.screenerIds.map((personId) => tx.conversations.get(`person:${personId}`))),
  );
  return screeningSummaryCard({
    summary: view.summary,
    screenerUserIds: references.map(userIdOf).filter((id): id is string => id !== null),
    ...(view.decidedBy ? { decidedBy: view.decidedBy } : {}),
  });
}
