import { slotSearchLimits } from "../api/scheduling-requests.js";
import { addCalendarDays, parseIsoDate } from "../calendar/iso-date.js";
import { fail, ok, type Result } from "../model/result.js";
import { SchedulingCodes } from "./scheduling-codes.js";

export interface SlotWindow {
  /** First and last UK date, both included. */
  from: string;
  to: string;
}

const dayMs = 24 * 60 * 60_000;

/** The window a slot search covers: from today for eight weeks unless given; never past, reversed or too long. */
export function slotWindow(input: { from?: string; to?: string }, today: string): Result<SlotWindow> {
  const from = input.from ?? today;
  const to = input.to ?? addCalendarDays(from, slotSearchLimits.defaultWeeks * 7 - 1);
  if (to < from) {
    return fail(SchedulingCodes.windowReversed, `The window ends (${to}) before it starts (${from}).`);
  }
  if (from < today) {
    return fail(
      SchedulingCodes.windowInPast,
      `The window starts in the past (${from}); start today or later.`,
    );
  }
  const days = (parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / dayMs + 1;
  if (days > slotSearchLimits.maxWeeks * 7) {
    return fail(
      SchedulingCodes.windowTooLong,
      `The window covers ${days} days; search at most ${slotSearchLimits.maxWeeks} weeks at a time.`,
    );
  }
  return ok({ from, to });
}
