import { loadDecisionNotice, type OutboxMessage, type UseCaseDeps } from "@convenor/shared";
import { decisionNoticeCard } from "../cards/decision-notice.card.js";
import type { ConversationSender } from "./conversation-sender.js";
import { RecipientUnreachableError } from "./unreachable-error.js";

export interface DecisionNoticeDeliveryOptions {
  deps: UseCaseDeps;
  sender: ConversationSender;
  logger: { info: (object: object, message: string) => void };
  publicUrl?: string;
}

/**
 * An action for its owner (with Mark done) or a decision notice (family sharing, ISG outcome, placement to the
 * Prioritisation Group), to a person's personal chat. While they cannot be reached the notice is kept (thrown,
 * so the outbox retries) until they chat with Convenor.
 */
export async function deliverDecisionNotice(
  options: DecisionNoticeDeliveryOptions,
  message: OutboxMessage,
  gate: (reference: Record<string, unknown>) => Promise<void>,
): Promise<void> {
  const delivery = await loadDecisionNotice(options.deps, message);
  if (!delivery) {
    options.logger.info({ outboxId: message.id, kind: message.kind }, "decision notice no longer due");
    return;
  }
  if (!delivery.recipient) throw new RecipientUnreachableError("a person who has not chatted with Convenor");
  const base = options.publicUrl?.replace(/\/+$/, "");
  const url = base ? `${base}/tab/${delivery.view.tabPath}` : null;
  await gate(delivery.recipient);
  await options.sender.send(delivery.recipient, decisionNoticeCard(delivery.view, url));
}
