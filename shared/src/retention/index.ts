export * from "./anonymise-expired-records.js";
export * from "./anonymised-referral.js";
export * from "./get-retention-periods.js";
export * from "./retention-codes.js";
export * from "./retention-periods.js";
export * from "./set-retention-periods.js";
export * from "./anonymised-minute.js";
