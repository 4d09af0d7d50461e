import type { SlotsQuery } from "@convenor/ui";

const day = 24 * 60 * 60_000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The window to suggest slots in: from tomorrow, the next 8 weeks (the default). */
export function defaultWindow(today: Date, durationMinutes: number): SlotsQuery {
  return {
    from: isoDate(new Date(today.getTime() + day)),
    to: isoDate(new Date(today.getTime() + 56 * day)),
    durationMinutes,
  };
}
