export { previousMonth, youngPeopleDueForPanel } from "./two-reds.js";
