export * from "./referral-requests.js";
export * from "./identifier.js";
export * from "./closure-days-requests.js";
