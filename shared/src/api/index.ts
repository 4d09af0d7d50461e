export * from "./referral-requests.js";
export * from "./identifier.js";
