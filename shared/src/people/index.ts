export * from "./who-am-i.js";
export * from "./reach-panel-members.js";
