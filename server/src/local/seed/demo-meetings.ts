import {
  addCalendarDays,
  dayOfWeek,
  isWorkingDay,
  ukLocalDate,
  type Meeting,
  type Panel,
} from "@convenor/shared";
import { londonTimeToUtc } from "./london-time.js";

/** The first working day at least `minDays` ahead that falls on the given weekday (0 = Sunday). */
function nextMeetingDay(today: string, minDays: number, weekday: number, panel: Panel): string {
  let date = addCalendarDays(today, minDays);
  while (dayOfWeek(date) !== weekday || !isWorkingDay(date, panel.settings.nation)) {
    date = addCalendarDays(date, 1);
  }
  return date;
}

/**
 * For each panel: a meeting held about a month ago, the next meeting three to four weeks ahead (so its
 * deadlines are still open) and the one after.
 */
export function demoMeetings(panels: Panel[], now: Date): Meeting[] {
  const today = ukLocalDate(now.toISOString());
  return panels.flatMap((panel, index) => {
    const weekday = 2 + (index % 3);
    const start = index % 2 === 0 ? "10:00" : "14:00";
    const dates = [
      { date: nextMeetingDay(today, -35, weekday, panel), state: "held" as const },
      { date: nextMeetingDay(today, 21, weekday, panel), state: "planned" as const },
      { date: nextMeetingDay(today, 56, weekday, panel), state: "planned" as const },
    ];
    return dates.map(({ date, state }, sequence) => {
      const startsAt = londonTimeToUtc(date, start);
      return {
        id: `m-${panel.id.replace(/^panel-/, "")}-${sequence + 1}`,
        panelId: panel.id,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + panel.settings.meetingMinutes * 60_000).toISOString(),
        state,
        calendarEventId: null,
        joinUrl: null,
      };
    });
  });
}
