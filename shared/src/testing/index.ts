export * from "./builders.js";
export * from "./referral-form.builder.js";
