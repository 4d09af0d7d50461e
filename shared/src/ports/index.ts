export * from "./clock.port.js";
export * from "./store.port.js";
export * from "./calendar.port.js";
export * from "./documents.port.js";
export * from "./directory.port.js";
export * from "./teams-app-installer.port.js";
export * from "./word-documents.port.js";
