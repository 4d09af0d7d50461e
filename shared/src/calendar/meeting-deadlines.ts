import type { Nation, PanelSettings, Period } from "../model/panel.js";
import { assertNation } from "./bank-holidays.js";
import { addCalendarDays, addMonths, ukLocalDate } from "./iso-date.js";
import { addWorkingDays, rollToWorkingDay, type ClosureDates } from "./working-days.js";

/** Deadlines of one meeting as UK local dates (YYYY-MM-DD); null when the panel has no such deadline. */
export interface MeetingDeadlines {
  referral: string | null;
  agenda: string | null;
  papers: string | null;
  redList: string | null;
  minutesDue: string | null;
}

/**
 * Counts each period back from the meeting's UK local date (forward for minutes). A period in calendar
 * days, weeks or months that lands on a weekend or bank holiday moves to a working day: earlier for a
 * deadline before the meeting, so "at least two weeks before" still holds; later for minutes, as a
 * deadline falling on a day off is met on the next working day. The organisation's closure days, when
 * given, are days off too.
 */
export function meetingDeadlines(
  settings: PanelSettings,
  meetingStartsAt: string,
  closureDays?: ClosureDates,
): MeetingDeadlines {
  assertNation(settings.nation);
  const meetingDate = ukLocalDate(meetingStartsAt);
  const calendar = { nation: settings.nation, closureDays };
  const before = (period: Period | null) => shift(meetingDate, period, -1, calendar);
  return {
    referral: before(settings.referralDeadline),
    agenda: before(settings.agendaDeadline),
    papers: before(settings.papersDeadline),
    redList: before(settings.redListDeadline),
    minutesDue: shift(meetingDate, settings.minutesDue, 1, calendar),
  };
}

interface DaysOff {
  nation: Nation;
  closureDays: ClosureDates | undefined;
}

function shift(
  date: string,
  period: Period | null,
  sign: -1 | 1,
  { nation, closureDays }: DaysOff,
): string | null {
  if (!period) return null;
  const amount = sign * period.amount;
  if (period.unit === "working-days") return addWorkingDays(date, amount, nation, closureDays);
  const shifted =
    period.unit === "months"
      ? addMonths(date, amount)
      : addCalendarDays(date, period.unit === "weeks" ? amount * 7 : amount);
  return rollToWorkingDay(shifted, sign < 0 ? "earlier" : "later", nation, closureDays);
}
