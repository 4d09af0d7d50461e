import { ukMonthLabel } from "@convenor/shared";

/** Panels meet in the UK: times are shown in UK time whatever the browser's zone. */
const zone = "Europe/London";

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: zone,
});
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: zone });

/**
 * `Tue, 3 Feb 2026`, from an ISO date (YYYY-MM-DD) or date-time. A date kept only as a year or a month (an
 * anonymised record keeps a date of birth as its year) reads `2006` or `Oct 2026`, never as a made-up day.
 */
export function formatDay(iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) return ukMonthLabel(iso);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return dayFormat.format(date);
}

/** `10:00`, UK time. */
export function formatTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

/** `Tue, 3 Feb 2026, 10:00–11:30`. */
export function formatSlot(start: string, end: string): string {
  return `${formatDay(start)}, ${formatTime(start)}–${formatTime(end)}`;
}
