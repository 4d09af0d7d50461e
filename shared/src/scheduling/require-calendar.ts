import { fail, ok, type Result } from "../model/result.js";
import type { CalendarPort } from "../ports/calendar.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { SchedulingCodes } from "./scheduling-codes.js";

/** The calendar port, or a clear failure where this process has no Microsoft 365 access. */
export function requireCalendar(deps: UseCaseDeps): Result<CalendarPort> {
  if (deps.calendar) return ok(deps.calendar);
  return fail(
    SchedulingCodes.calendarNotConfigured,
    "Calendars are not connected to Convenor here, so meetings cannot be found or scheduled.",
  );
}
