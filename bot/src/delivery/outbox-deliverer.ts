import {
  loadReferralView,
  referralStates,
  type OutboxMessage,
  type ReferralView,
  type UseCaseDeps,
} from "@convenor/shared";
import type { Logger } from "pino";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { referralOutcomeCard } from "../cards/referral-outcome.card.js";
import { urgentDecisionCard } from "../cards/urgent-decision.card.js";
import { sharedScreeningCard } from "../conversation/screening-card.js";
import { ConversationRateLimiter } from "./conversation-rate-limiter.js";
import { conversationIdOf, type ConversationSender } from "./conversation-sender.js";
import { ThrottledError } from "./throttled-error.js";
import { RecipientUnreachableError } from "./unreachable-error.js";

export interface OutboxDelivererOptions {
  deps: UseCaseDeps;
  sender: ConversationSender;
  logger: Pick<Logger, "info" | "warn">;
  newNonce: () => string;
  limiter?: ConversationRateLimiter;
  /** Waits shorter than this are slept through; longer ones are handed back to the worker. */
  maxInlineWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const screeningCardKey = (referralId: string) => `screening-card:${referralId}`;

/**
 * Delivers outbox notifications to Teams: screening cards to the panel's conversation (and their updates
 * for everyone), outcomes and urgent requests to a person's personal chat. Throws to be retried.
 */
export class OutboxDeliverer {
  private readonly limiter: ConversationRateLimiter;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: OutboxDelivererOptions) {
    this.limiter = options.limiter ?? new ConversationRateLimiter();
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  async deliver(message: OutboxMessage): Promise<void> {
    const referralId = typeof message.payload.referralId === "string" ? message.payload.referralId : null;
    const log = { outboxId: message.id, kind: message.kind, referralId };
    if (!referralId) {
      this.options.logger.warn(log, "notification without a referral: nothing to deliver");
      return;
    }
    const view = await loadReferralView(this.options.deps, referralId);
    if (!view) {
      this.options.logger.warn(log, "notification for a missing referral: nothing to deliver");
      return;
    }
    const reference = await this.reference(message.recipient);
    switch (message.kind) {
      case "referral.submitted":
      case "referral.screened":
        return this.postOrUpdateScreeningCard(reference, view);
      case "referral.outcome":
        return this.sendTo(reference, referralOutcomeCard(outcomeOf(message, view)));
      case "referral.urgent":
        return this.sendTo(reference, urgentDecisionCard(view.summary, this.options.newNonce()));
      default:
        this.options.logger.info(log, "notification kind not delivered in Teams");
    }
  }

  private reference(key: string) {
    return this.options.deps.store.transaction((tx) => tx.conversations.get(key));
  }

  private screeningCard(view: ReferralView): Promise<AdaptiveCard> {
    return sharedScreeningCard(this.options.deps, view);
  }

  private async postScreeningCard(reference: Record<string, unknown> | null, view: ReferralView) {
    if (!reference) throw new RecipientUnreachableError(`panel ${view.summary.panelId}`);
    await this.gate(reference);
    const { activityId } = await this.options.sender.send(reference, await this.screeningCard(view));
    await this.options.deps.store.transaction((tx) =>
      tx.conversations.put(screeningCardKey(view.summary.id), { ...reference, activityId }),
    );
  }

  /**
   * One card per referral: once posted (its activity id saved), later notices update it. So a retry of a
   * notice whose card was posted and saved but not marked delivered, or a `referral.submitted` delivered after
   * its `referral.screened` (both held while the panel had no linked chat), updates the card, not posts another.
   */
  private async postOrUpdateScreeningCard(reference: Record<string, unknown> | null, view: ReferralView) {
    const posted = await this.reference(screeningCardKey(view.summary.id));
    if (posted && typeof posted.activityId === "string" && posted.activityId) {
      await this.gate(posted);
      await this.options.sender.update(posted, posted.activityId, await this.screeningCard(view));
      return;
    }
    await this.postScreeningCard(reference, view);
  }

  private async sendTo(reference: Record<string, unknown> | null, card: AdaptiveCard) {
    if (!reference) throw new RecipientUnreachableError("a person who has not chatted with Convenor");
    await this.gate(reference);
    await this.options.sender.send(reference, card);
  }

  /** Waits for a free slot in the conversation's rate limit, or hands a long wait back to the worker. */
  private async gate(reference: Record<string, unknown>): Promise<void> {
    const conversationId = conversationIdOf(reference);
    const maxInline = this.options.maxInlineWaitMs ?? 1_000;
    for (;;) {
      const wait = this.limiter.reserve(conversationId);
      if (wait === 0) return;
      if (wait > maxInline) throw new ThrottledError(wait, "conversation rate limit reached");
      await this.sleep(wait);
    }
  }
}

function outcomeOf(message: OutboxMessage, view: ReferralView) {
  const text = (key: string) => (typeof message.payload[key] === "string" ? message.payload[key] : undefined);
  const question = text("question");
  const reason = text("reason");
  const state = referralStates.find((known) => known === message.payload.state);
  return {
    summary: state ? { ...view.summary, state } : view.summary,
    ...(question ? { question } : {}),
    ...(reason ? { reason } : {}),
    meetingStartsAt: view.meetingStartsAt,
    retrospective: view.retrospective,
  };
}
