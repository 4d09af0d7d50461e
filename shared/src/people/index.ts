export * from "./who-am-i.js";
export * from "./reach-panel-members.js";
export * from "./set-data-protection-officer.js";
