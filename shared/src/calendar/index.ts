export { assertNation, bankHolidays, isBankHoliday } from "./bank-holidays.js";
export { firstSnapshotYear, lastSnapshotYear, snapshotTakenOn } from "./uk-bank-holidays-snapshot.js";
export { addCalendarDays, addMonths, dayOfWeek, ukDateLabel, ukLocalDate, ukMonthLabel } from "./iso-date.js";
export { meetingDeadlines, type MeetingDeadlines } from "./meeting-deadlines.js";
export { addWorkingDays, isWorkingDay, rollToWorkingDay, type ClosureDates } from "./working-days.js";
