export { getTrackerGrid, trackerGridMonths } from "./get-tracker-grid.js";
export { getTrackerCard } from "./get-tracker-card.js";
export { saveTrackerRatings, type SaveTrackerRatingsResult } from "./save-tracker-ratings.js";
export { redListTitle, trackerReference } from "./list-due-on-agenda.js";
export { isTrackerEligible, birthdayAt } from "./tracker-eligibility.js";
export { isMonth, monthLabel, monthsEnding, nextMonth, openMonthAt } from "./tracker-months.js";
export { ragAreaLabels, ragDescriptors, ragLabels } from "./tracker-descriptors.js";
export { TrackerCodes } from "./tracker-codes.js";
