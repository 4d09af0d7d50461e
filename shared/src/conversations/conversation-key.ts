/**
 * Where a stored conversation reference lives: the one kind of key `ConversationReferences` takes. Built
 * only by the constructors below, so every caller spells the same key for the same conversation.
 */
export type ConversationKey = string & { readonly __brand: "ConversationKey" };

const key = (kind: string, id: string) => `${kind}:${id}` as ConversationKey;

/** A person's personal chat with Convenor: their outcomes and urgent requests go there. */
export const personChat = (personId: string): ConversationKey => key("person", personId);

/** The channel or group chat linked to a panel: its screening cards are posted there. */
export const panelChat = (panelId: string): ConversationKey => key("panel", panelId);

/** Which panel a channel or group chat is linked to (its value is `{ panelId }`, not a reference). */
export const linkedConversation = (conversationId: string): ConversationKey =>
  key("conversation", conversationId);

/** A panel meeting's Teams chat: the running agenda, attendance, rating rounds and votes are posted there. */
export const meetingChat = (meetingId: string): ConversationKey => key("meeting", meetingId);

/** Which panel meeting a meeting chat is linked to (its value is `{ meetingId }`, not a reference). */
export const linkedMeeting = (conversationId: string): ConversationKey =>
  key("meeting-conversation", conversationId);

/**
 * A meeting's Teams chat Convenor installed itself into through Graph (its value is `{ meetingId }`): when
 * Teams then tells the bot it was added to that chat, the chat becomes the meeting's chat.
 */
export const installedMeetingChat = (chatId: string): ConversationKey => key("meeting-chat-install", chatId);

/** A posted screening card, with its activity id, so later notices update it instead of posting again. */
export const screeningCard = (referralId: string): ConversationKey => key("screening-card", referralId);

/** A meeting chat's running agenda card (attendance, quorum), posted once and then updated. */
export const meetingRoomCard = (meetingId: string): ConversationKey => key("meeting-room-card", meetingId);

/** A rating round's or decision vote's shared card in the meeting chat, posted once and then updated. */
export const questionCard = (questionId: string): ConversationKey => key("question-card", questionId);

/**
 * An outbox recipient as the conversation to deliver to. Outbox recipients are person, panel or
 * meeting chats (`personChat`, `panelChat`, `meetingChat`); anything else has no conversation.
 */
export function recipientConversation(recipient: string): ConversationKey | null {
  return /^(person|panel|meeting):./.test(recipient) ? (recipient as ConversationKey) : null;
}

/** The person an outbox recipient names, or null for a panel's chat. */
export function recipientPerson(recipient: string): string | null {
  return recipient.startsWith("person:") ? recipient.slice("person:".length) || null : null;
}
