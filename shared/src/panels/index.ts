export * from "./link-panel-conversation.js";
