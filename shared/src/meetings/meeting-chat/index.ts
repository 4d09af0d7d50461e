export * from "./meeting-chat-install.js";
export * from "./install-convenor-in-meeting-chat.js";
export * from "./link-installed-meeting-chat.js";
export * from "./link-meeting-chat.js";
export * from "./find-linked-meeting.js";
