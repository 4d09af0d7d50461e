export { getTrackerGrid, trackerGridMonths } from "./get-tracker-grid.js";
export { getTrackerCard } from "./get-tracker-card.js";
export { getTrackerCompletion } from "./get-tracker-completion.js";
export { getRedList } from "./get-red-list.js";
export { saveTrackerRatings, type SaveTrackerRatingsResult } from "./save-tracker-ratings.js";
export { sendTrackerCards, type TrackerCardsSent } from "./send-tracker-cards.js";
export { sendRedListNotices } from "./send-red-list-notices.js";
export {
  isTrackerNotice,
  loadTrackerDelivery,
  type RedListNotice,
  type TrackerDelivery,
} from "./load-tracker-delivery.js";
export {
  redListNoticeKind,
  redListPath,
  reminderAfterWorkingDays,
  trackerCardKind,
  trackerReminderKind,
} from "./tracker-notices.js";
export { redListTitle, trackerReference } from "./list-due-on-agenda.js";
export { isTrackerEligible, birthdayAt } from "./tracker-eligibility.js";
export { isMonth, monthLabel, monthsEnding, nextMonth, openMonthAt } from "./tracker-months.js";
export { ragAreaLabels, ragDescriptors, ragLabels } from "./tracker-descriptors.js";
export { TrackerCodes } from "./tracker-codes.js";
export { importTrackerCsv } from "./import-tracker-csv.js";
export { listTrackerDue } from "./list-tracker-due.js";
