import type { AdaptiveCard } from "../cards/card-elements.js";

/** Sends and updates proactive messages from stored conversation references. Implemented in `host/`. */
export interface ConversationSender {
  send(reference: Record<string, unknown>, card: AdaptiveCard): Promise<{ activityId: string }>;
  update(reference: Record<string, unknown>, activityId: string, card: AdaptiveCard): Promise<void>;
}

export function conversationIdOf(reference: Record<string, unknown>): string {
  const conversation = reference.conversation;
  if (typeof conversation === "object" && conversation !== null && "id" in conversation) {
    return String(conversation.id);
  }
  return "unknown";
}
