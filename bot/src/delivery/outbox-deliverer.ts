import {
  installConvenorInMeetingChat,
  isDecisionNoticeKind,
  isAgendaNotice,
  meetingChatInstallKind,
  isTrackerNotice,
  isReviewNotice,
  loadTrackerDelivery,
  loadAgendaDelivery,
  isMeetingCardKind,
  isMeetingNoticeKind,
  isMinuteNoticeKind,
  loadDelivery,
  loadMeetingNotice,
  recordMeetingCard,
  recordScreeningCard,
  takeMeetingCard,
  referralStates,
  reportUnreachablePerson,
  reserveConversationSend,
  unreachableNoticeKind,
  type Delivery,
  type OutboxMessage,
  type UseCaseDeps,
} from "@convenor/shared";
import type { Logger } from "pino";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { agendaInvitationCard, agendaPublishedCard } from "../cards/agenda.card.js";
import { meetingChangeCard } from "../cards/meeting-change.card.js";
import { redListCard } from "../cards/red-list.card.js";
import { trackerCard } from "../cards/tracker.card.js";
import { referralOutcomeCard } from "../cards/referral-outcome.card.js";
import { unreachablePersonCard } from "../cards/unreachable-person.card.js";
import { urgentDecisionCard } from "../cards/urgent-decision.card.js";
import { sharedMeetingCard } from "../rendering/shared-meeting-card.js";
import { sharedScreeningCard } from "../rendering/shared-screening-card.js";
import { deliverDecisionNotice } from "./action-delivery.js";
import { ConversationRateLimiter } from "./conversation-rate-limiter.js";
import { deliverReviewNotice } from "./review-delivery.js";
import { deliverMinuteMessage } from "./minute-filing-delivery.js";
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
  /** The service's public address, for links to the tab in cards; without it cards carry no link. */
  publicUrl?: string;
}

/**
 * Delivers outbox notifications to Teams: screening cards to the panel's conversation (and their updates
 * for everyone), outcomes and urgent requests to a person's personal chat. Throws to be retried.
 */
export class OutboxDeliverer {
  private readonly limiter: ConversationRateLimiter;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: OutboxDelivererOptions) {
    this.limiter =
      options.limiter ??
      new ConversationRateLimiter((conversationId, atMs) =>
        reserveConversationSend(options.deps, { conversationId, atMs }),
      );
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  async deliver(message: OutboxMessage): Promise<void> {
    if (message.kind === meetingChatInstallKind) return this.installInMeetingChat(message);
    if (isMeetingNoticeKind(message.kind)) return this.deliverMeetingNotice(message);
    if (isMeetingCardKind(message.kind)) return this.deliverMeetingCard(message);
    if (isDecisionNoticeKind(message.kind))
      return deliverDecisionNotice(this.options, message, (r) => this.gate(r));
    if (isMinuteNoticeKind(message.kind))
      return deliverMinuteMessage(this.options, message, (r) => this.gate(r));
    const referralId = typeof message.payload.referralId === "string" ? message.payload.referralId : null;
    const log = { outboxId: message.id, kind: message.kind, referralId };
    if (isAgendaNotice(message)) return this.deliverAgendaNotice(message);
    if (isTrackerNotice(message)) return this.deliverTrackerNotice(message);
    if (isReviewNotice(message))
      return deliverReviewNotice({ ...this.options, gate: (r) => this.gate(r) }, message);
    const delivery = await loadDelivery(this.options.deps, message);
    if (!delivery) {
      this.options.logger.warn(log, "notification without an existing referral: nothing to deliver");
      return;
    }
    switch (message.kind) {
      case "referral.submitted":
      case "referral.screened":
        return this.postOrUpdateScreeningCard(delivery);
      case "referral.outcome":
        return this.sendTo(message, delivery, referralOutcomeCard(outcomeOf(message, delivery)));
      case "referral.urgent":
        return this.sendTo(
          message,
          delivery,
          urgentDecisionCard(delivery.view.summary, this.options.newNonce()),
        );
      case unreachableNoticeKind:
        return this.sendTo(message, delivery, unreachableCardOf(message, delivery));
      default:
        this.options.logger.info(log, "notification kind not delivered in Teams");
    }
  }

  /**
   * One card per referral: once posted (its activity id saved), later notices update it. So a retry of a
   * notice whose card was posted and saved but not marked delivered, or a `referral.submitted` delivered after
   * its `referral.screened` (both held while the panel had no linked chat), updates the card, not posts another.
   */
  private async postOrUpdateScreeningCard(delivery: Delivery) {
    const { postedCard: posted, recipient, view } = delivery;
    const card = sharedScreeningCard(delivery);
    if (posted && typeof posted.activityId === "string" && posted.activityId) {
      await this.gate(posted);
      await this.options.sender.update(posted, posted.activityId, card);
      return;
    }
    if (!recipient) throw new RecipientUnreachableError(`panel ${view.summary.panelId}`);
    await this.gate(recipient);
    const { activityId } = await this.options.sender.send(recipient, card);
    await recordScreeningCard(this.options.deps, {
      referralId: view.summary.id,
      posted: { ...recipient, activityId },
    });
  }

  /**
   * To a person's personal chat. While they cannot be reached, the referrer and the panel's coordinators
   * are told who (once per held message), and the message is kept for when they can be.
   */
  private async sendTo(message: OutboxMessage, delivery: Delivery, card: AdaptiveCard) {
    if (!delivery.recipient) {
      const told = await reportUnreachablePerson(this.options.deps, message);
      if (told.length) {
        this.options.logger.info(
          { outboxId: message.id, kind: message.kind, told: told.length },
          "told who cannot be reached",
        );
      }
      throw new RecipientUnreachableError("a person who has not chatted with Convenor");
    }
    await this.gate(delivery.recipient);
    await this.options.sender.send(delivery.recipient, card);
  }

  /** An agenda notice: the panel card to the linked chat, or a member's or invitee's to their personal chat. */
  private async deliverAgendaNotice(message: OutboxMessage) {
    const delivery = await loadAgendaDelivery(this.options.deps, message);
    if (!delivery) {
      this.options.logger.warn({ outboxId: message.id, kind: message.kind }, "malformed agenda notice");
      return;
    }
    const { notice, recipient } = delivery;
    if (!recipient) throw new RecipientUnreachableError(message.recipient.split(":")[0] ?? "recipient");
    const base = this.options.publicUrl?.replace(/\/+$/, "");
    const url = base ? `${base}${notice.agendaPath}` : null;
    const card =
      notice.kind === "invitation" ? agendaInvitationCard(notice, url) : agendaPublishedCard(notice, url);
    await this.gate(recipient);
    await this.options.sender.send(recipient, card);
  }

  /** A worker's monthly tracker card or reminder (personal chat), or the red list's counts (panel chat). */
  private async deliverTrackerNotice(message: OutboxMessage): Promise<void> {
    const delivery = await loadTrackerDelivery(this.options.deps, message);
    if (!delivery) {
      this.options.logger.info({ outboxId: message.id, kind: message.kind }, "tracker notice no longer due");
      return;
    }
    if (!delivery.recipient)
      throw new RecipientUnreachableError(message.recipient.split(":")[0] ?? "recipient");
    let card: AdaptiveCard;
    if (delivery.kind === "red-list") {
      const base = this.options.publicUrl?.replace(/\/+$/, "");
      card = redListCard(delivery.notice, base ? `${base}${delivery.notice.redListPath}` : null);
    } else {
      const cardId = this.options.newNonce();
      card = trackerCard(delivery.card, { cardId, reminder: delivery.kind === "reminder" });
    }
    await this.gate(delivery.recipient);
    await this.options.sender.send(delivery.recipient, card);
  }

  /** A meeting moved or cancelled, to one member's personal chat; held while they cannot be reached. */
  private async deliverMeetingNotice(message: OutboxMessage): Promise<void> {
    const delivery = await loadMeetingNotice(this.options.deps, message);
    if (!delivery) {
      this.options.logger.warn(
        { outboxId: message.id, kind: message.kind },
        "meeting notice without a meeting",
      );
      return;
    }
    if (!delivery.recipient)
      throw new RecipientUnreachableError("a person who has not chatted with Convenor");
    await this.gate(delivery.recipient);
    await this.options.sender.send(delivery.recipient, meetingChangeCard(delivery.notice));
  }

  /** Installs Convenor into a meeting's Teams chat through Graph; a failure is thrown, so the outbox retries. */
  private async installInMeetingChat(message: OutboxMessage): Promise<void> {
    const meetingId = typeof message.payload.meetingId === "string" ? message.payload.meetingId : "";
    const installed = await installConvenorInMeetingChat(this.options.deps, { meetingId });
    const log = { outboxId: message.id, meetingId };
    if (!installed.ok) {
      throw new Error(`Convenor could not be installed in the meeting's chat: ${installed.error.code}`);
    }
    if (installed.value.status === "skipped") {
      this.options.logger.info({ ...log, reason: installed.value.reason }, "meeting chat not installed");
    } else {
      this.options.logger.info({ ...log, outcome: installed.value.status }, "installed in meeting chat");
    }
  }

  /**
   * A meeting chat's running agenda or question card, rendered from the store as it is now: posted once (its
   * activity id kept), updated after. Updates are coalesced in the store (`CardRefreshes`): taking this one
   * lets the next change queue another, so the last state always reaches the card.
   */
  private async deliverMeetingCard(message: OutboxMessage): Promise<void> {
    const delivery = await takeMeetingCard(this.options.deps, message);
    if (!delivery) {
      this.options.logger.warn(
        { outboxId: message.id, kind: message.kind },
        "meeting card without its meeting",
      );
      return;
    }
    if (delivery.upToDate) return;
    if (delivery.firstPostElsewhereMs !== null)
      throw new ThrottledError(delivery.firstPostElsewhereMs, "the card's first post is under way elsewhere");
    const card = sharedMeetingCard(delivery);
    const { posted, recipient } = delivery;
    if (posted && typeof posted.activityId === "string" && posted.activityId) {
      await this.gate(posted);
      await this.options.sender.update(posted, posted.activityId, card);
      await recordMeetingCard(this.options.deps, { card: delivery.card, version: delivery.version });
      return;
    }
    if (!recipient) throw new RecipientUnreachableError("a meeting chat not linked to Convenor");
    await this.gate(recipient);
    const { activityId } = await this.options.sender.send(recipient, card);
    await recordMeetingCard(this.options.deps, {
      card: delivery.card,
      version: delivery.version,
      posted: { ...recipient, activityId },
    });
  }

  /** Waits for a free slot in the conversation's rate limit, or hands a long wait back to the worker. */
  private async gate(reference: Record<string, unknown>): Promise<void> {
    const conversationId = conversationIdOf(reference);
    const maxInline = this.options.maxInlineWaitMs ?? 1_500;
    for (;;) {
      const wait = await this.limiter.reserve(conversationId);
      if (wait === 0) return;
      if (wait > maxInline) throw new ThrottledError(wait, "conversation rate limit reached");
      await this.sleep(wait);
    }
  }
}

const textOf = (message: OutboxMessage, key: string) =>
  typeof message.payload[key] === "string" ? message.payload[key] : undefined;

function outcomeOf(message: OutboxMessage, { view }: Delivery) {
  const question = textOf(message, "question");
  const reason = textOf(message, "reason");
  const panelDecision = textOf(message, "panelDecision");
  const state = referralStates.find((known) => known === message.payload.state);
  return {
    summary: state ? { ...view.summary, state } : view.summary,
    ...(panelDecision ? { panelDecision } : {}),
    ...(question ? { question } : {}),
    ...(reason ? { reason } : {}),
    meetingStartsAt: view.meetingStartsAt,
    retrospective: view.retrospective,
  };
}

function unreachableCardOf(message: OutboxMessage, { view }: Delivery) {
  return unreachablePersonCard({
    name: textOf(message, "unreachableName") ?? "Someone",
    reference: view.summary.reference,
    panelName: view.summary.panelName,
    heldKind: textOf(message, "heldKind") ?? "",
  });
}
