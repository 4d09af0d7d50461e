export * from "./who-am-i.js";
