export { assertNation, bankHolidays, isBankHoliday } from "./bank-holidays.js";
export { addCalendarDays, addMonths, dayOfWeek, ukLocalDate } from "./iso-date.js";
export { meetingDeadlines, type MeetingDeadlines } from "./meeting-deadlines.js";
export { addWorkingDays, isWorkingDay, rollToWorkingDay } from "./working-days.js";
