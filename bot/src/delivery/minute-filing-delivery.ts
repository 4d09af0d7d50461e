import {
  fileCaseObservation,
  fileMinuteVersion,
  loadMinuteCirculatedDelivery,
  minuteCirculatedKind,
  minuteFileKind,
  observationFileKind,
  type OutboxMessage,
  type UseCaseDeps,
} from "@convenor/shared";
import type { Logger } from "pino";
import { minuteCirculatedCard } from "../cards/minute-circulated.card.js";
import type { ConversationSender } from "./conversation-sender.js";
import { RecipientUnreachableError } from "./unreachable-error.js";

export interface MinuteDeliveryOptions {
  deps: UseCaseDeps;
  sender: ConversationSender;
  logger: Pick<Logger, "info" | "warn">;
  publicUrl?: string;
}

/**
 * The minutes area's outbox messages: a circulated minute's card to an attendee's personal chat, and filing
 * an agreed version or a case observation to SharePoint. A failure throws, so the outbox retries; filing
 * uploads with a fixed name and "replace", so a retry never makes a second file.
 */
export async function deliverMinuteMessage(
  options: MinuteDeliveryOptions,
  message: OutboxMessage,
  gate: (reference: Record<string, unknown>) => Promise<void>,
): Promise<void> {
  const log = { outboxId: message.id, kind: message.kind };
  if (message.kind === minuteCirculatedKind) {
    const delivery = await loadMinuteCirculatedDelivery(options.deps, message);
    if (!delivery) return options.logger.warn(log, "malformed minute notice");
    if (!delivery.recipient)
      throw new RecipientUnreachableError("a person who has not chatted with Convenor");
    const base = options.publicUrl?.replace(/\/+$/, "");
    const url = base ? `${base}${delivery.notice.minutesPath}` : null;
    await gate(delivery.recipient);
    await options.sender.send(delivery.recipient, minuteCirculatedCard(delivery.notice, url));
    return;
  }
  const text = (key: string) => (typeof message.payload[key] === "string" ? message.payload[key] : "");
  const filed =
    message.kind === minuteFileKind
      ? await fileMinuteVersion(options.deps, {
          meetingId: text("meetingId"),
          version: typeof message.payload.version === "number" ? message.payload.version : 0,
        })
      : message.kind === observationFileKind
        ? await fileCaseObservation(options.deps, { observationId: text("observationId") })
        : null;
  if (!filed) return options.logger.info(log, "minutes notice kind not delivered");
  if (!filed.ok) throw new Error(`Filing failed: ${filed.error.code}`);
  options.logger.info({ ...log, outcome: filed.value.status }, "filed to SharePoint");
}
