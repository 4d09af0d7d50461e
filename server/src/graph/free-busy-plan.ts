/** Graph's getSchedule limits: at most 20 schedules a request and a window under 62 days. */
export const maxSchedulesPerRequest = 20;
export const maxWindowDays = 61;

export interface ScheduleWindow {
  start: Date;
  end: Date;
  /** Index of the window's first slot in the whole range. */
  firstSlot: number;
}

export interface ScheduleRequestPlan {
  id: string;
  people: string[];
  window: ScheduleWindow;
}

/** Splits a free/busy query into the fewest getSchedule requests that fit Graph's limits. */
export function planScheduleRequests(
  people: readonly string[],
  start: Date,
  end: Date,
  intervalMinutes: number,
): ScheduleRequestPlan[] {
  const slotMs = intervalMinutes * 60_000;
  const windowMs = maxWindowDays * 24 * 60 * 60_000;
  const windows: ScheduleWindow[] = [];
  for (let from = start.getTime(); from < end.getTime(); from += windowMs) {
    const to = Math.min(from + windowMs, end.getTime());
    windows.push({
      start: new Date(from),
      end: new Date(to),
      firstSlot: Math.round((from - start.getTime()) / slotMs),
    });
  }
  const groups: string[][] = [];
  for (let index = 0; index < people.length; index += maxSchedulesPerRequest) {
    groups.push(people.slice(index, index + maxSchedulesPerRequest));
  }
  return windows.flatMap((window, w) =>
    groups.map((group, g) => ({ id: `${w + 1}-${g + 1}`, people: group, window })),
  );
}

export const slotCount = (start: Date, end: Date, intervalMinutes: number): number =>
  Math.ceil((end.getTime() - start.getTime()) / (intervalMinutes * 60_000));
