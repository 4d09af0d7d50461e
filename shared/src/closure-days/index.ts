export * from "./closure-dates.js";
export * from "./closure-day-rules.js";
export * from "./list-closure-days.js";
export * from "./set-closure-days.js";
