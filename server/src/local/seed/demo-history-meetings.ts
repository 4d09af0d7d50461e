import { addCalendarDays, isWorkingDay, ukLocalDate, type Meeting, type Panel } from "@convenor/shared";

const dayMs = 24 * 60 * 60_000;

/**
 * The eleven monthly meetings a panel held before its seeded held meeting (`m-<panel>-1`), four weeks apart
 * and on working days, oldest last: `m-<panel>-h01` is the one four weeks before it.
 */
export function historicMeetings(panel: Panel, held: Meeting, count = 11): Meeting[] {
  const durationMs = Date.parse(held.endsAt) - Date.parse(held.startsAt);
  return Array.from({ length: count }, (_, index) => {
    let startsAt = Date.parse(held.startsAt) - (index + 1) * 28 * dayMs;
    while (!isWorkingDay(ukLocalDate(new Date(startsAt).toISOString()), panel.settings.nation)) {
      startsAt += dayMs;
    }
    return {
      id: `${held.id.replace(/-1$/, "")}-h${String(index + 1).padStart(2, "0")}`,
      panelId: panel.id,
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + durationMs).toISOString(),
      state: "held",
      calendarEventId: null,
      joinUrl: null,
    };
  });
}

/** The date a number of days before or after an instant, as YYYY-MM-DD in the UK. */
export const ukDateFrom = (instant: string, days: number) => addCalendarDays(ukLocalDate(instant), days);
