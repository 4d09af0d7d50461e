export { getTrackerGrid, trackerGridMonths } from "./get-tracker-grid.js";
export { isTrackerEligible, birthdayAt } from "./tracker-eligibility.js";
export { isMonth, monthLabel, monthsEnding, nextMonth, openMonthAt } from "./tracker-months.js";
export { TrackerCodes } from "./tracker-codes.js";
