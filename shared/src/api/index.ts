export * from "./referral-requests.js";
export * from "./identifier.js";
export * from "./scheduling-requests.js";
export * from "./meeting-requests.js";
export * from "./closure-days-requests.js";
export * from "./tracker-requests.js";
export * from "./minute-requests.js";
