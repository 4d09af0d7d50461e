import { loadReviewDelivery, type OutboxMessage, type UseCaseDeps } from "@convenor/shared";
import type { Logger } from "pino";
import { reviewNoticeCard } from "../cards/review-notice.card.js";
import type { ConversationSender } from "./conversation-sender.js";
import { RecipientUnreachableError } from "./unreachable-error.js";

export interface ReviewDeliveryOptions {
  deps: UseCaseDeps;
  sender: ConversationSender;
  logger: Pick<Logger, "info" | "warn">;
  publicUrl?: string;
  /** The deliverer's rate-limit gate for the conversation. */
  gate: (reference: Record<string, unknown>) => Promise<void>;
}

/** A CIN review notice (amended plan, consultation task) to one person's personal chat; held while unreachable. */
export async function deliverReviewNotice(
  options: ReviewDeliveryOptions,
  message: OutboxMessage,
): Promise<void> {
  const delivery = await loadReviewDelivery(options.deps, message);
  if (!delivery) {
    options.logger.warn({ outboxId: message.id, kind: message.kind }, "malformed review notice");
    return;
  }
  if (!delivery.recipient) throw new RecipientUnreachableError("a person who has not chatted with Convenor");
  const base = options.publicUrl?.replace(/\/+$/, "");
  const card = reviewNoticeCard(delivery.notice, base ? `${base}${delivery.notice.reviewsPath}` : null);
  await options.gate(delivery.recipient);
  await options.sender.send(delivery.recipient, card);
}
