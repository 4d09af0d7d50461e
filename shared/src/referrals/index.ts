export * from "./requirements/index.js";
export * from "./referral-state-machine.js";
