export * from "./builders.js";
export * from "./referral-form.builder.js";
export * from "./in-memory-store.js";
export * from "./fixed-clock.js";
export * from "./referral-scenario.js";
export * from "./fake-documents.js";
export * from "./fake-calendar.js";
export * from "./scheduling-scenario.js";
