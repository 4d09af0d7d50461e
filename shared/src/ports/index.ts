export * from "./clock.port.js";
export * from "./store.port.js";
