export { previousMonth, youngPeopleDueForPanel, type DueForPanel, type RatedMonth } from "./two-reds.js";
