export * from "./referral-requests.js";
