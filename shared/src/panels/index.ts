export * from "./link-panel-conversation.js";
export * from "./panel-settings.js";
export * from "./change-scheduling-settings.js";
