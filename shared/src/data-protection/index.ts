export * from "./data-protection-codes.js";
export * from "./who-saw-child.js";
export * from "./export-subject-access.js";
export * from "./record-suspected-breach.js";
export * from "./list-suspected-breaches.js";
export * from "./find-child-for-data-protection.js";
