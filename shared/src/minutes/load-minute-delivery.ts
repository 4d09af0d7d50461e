import { recipientConversation } from "../conversations/conversation-key.js";
import type { ConversationReference } from "../conversations/remember-personal-chat.js";
import type { OutboxMessage } from "../model/audit.js";
import type { UseCaseDeps } from "../use-case-deps.js";

/** A circulated minute's card: panel, meeting date, version and the tab link. No case detail. */
export interface MinuteCirculatedDelivery {
  notice: { panelName: string; meetingDate: string; version: number; minutesPath: string };
  /** The attendee's personal chat; null while they cannot be reached. */
  recipient: ConversationReference | null;
}

/** The notice and where it goes; null when the payload is not one Convenor wrote. */
export async function loadMinuteCirculatedDelivery(
  deps: UseCaseDeps,
  message: OutboxMessage,
): Promise<MinuteCirculatedDelivery | null> {
  const p = message.payload;
  const { panelName, meetingDate, minutesPath, version } = p;
  if (typeof panelName !== "string" || typeof meetingDate !== "string" || typeof minutesPath !== "string")
    return null;
  if (typeof version !== "number") return null;
  const key = recipientConversation(message.recipient);
  const recipient = key ? await deps.store.read((tx) => tx.conversations.get(key)) : null;
  return { notice: { panelName, meetingDate, version, minutesPath }, recipient };
}
