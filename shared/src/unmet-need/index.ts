export { recordCapacityRefusal } from "./record-capacity-refusal.js";
export { listCapacityRefusals } from "./list-capacity-refusals.js";
export { CapacityRefusalCodes } from "./capacity-refusal-codes.js";
