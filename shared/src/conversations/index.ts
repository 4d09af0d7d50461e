export * from "./conversation-key.js";
export type { ConversationReference } from "./remember-personal-chat.js";
export * from "./identify-teams-user.js";
export * from "./find-linked-panel.js";
export * from "./load-screening-card.js";
export * from "./load-delivery.js";
export * from "./report-unreachable-person.js";
export { meetingCardKinds } from "./request-card-update.js";
