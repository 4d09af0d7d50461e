/** Pure arithmetic on calendar dates written `YYYY-MM-DD`, done in UTC so the host time zone never matters. */

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(date: string): Date {
  const match = isoDatePattern.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return parsed;
}

const ukDateFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** A calendar date (YYYY-MM-DD) as people in the UK write it, e.g. "14 May 2013"; anything else as it is. */
export function ukDateLabel(isoDate: string): string {
  return isoDatePattern.test(isoDate) ? ukDateFormat.format(new Date(`${isoDate}T00:00:00Z`)) : isoDate;
}

const ukMonthFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "short", year: "numeric" });

/** A month (YYYY-MM) as people in the UK write it, e.g. "Dec 2025"; anything else as it is. */
export function ukMonthLabel(isoMonth: string): string {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(isoMonth)
    ? ukMonthFormat.format(new Date(`${isoMonth}-01T00:00:00Z`))
    : isoMonth;
}

export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addCalendarDays(date: string, days: number): string {
  const parsed = parseIsoDate(date);
  parsed.setUTCDate(parsed.getUTCDate() + days);
  return formatIsoDate(parsed);
}

/** Adds whole months, clamping to the last day of a shorter month (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: string, months: number): string {
  const parsed = parseIsoDate(date);
  const target = new Date(Date.UTC(parsed.getUTCFullYear(), parsed.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(parsed.getUTCDate(), lastDay));
  return formatIsoDate(target);
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return parseIsoDate(date).getUTCDay();
}

const londonDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * The UK local calendar date of an instant. Meetings are stored as UTC date-times, but a meeting at
 * 00:30 BST on 30 March is held on 30 March although its UTC time is 23:30 on 29 March.
 */
export function ukLocalDate(isoDateTime: string): string {
  const instant = new Date(isoDateTime);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not an ISO date-time: ${isoDateTime}`);
  // UK clocks change on the hour (01:00 UTC), so the local date is the same for a whole UTC hour; formatting
  // is slow and a turn asks for today's date several times.
  const hour = Math.floor(instant.getTime() / 3_600_000);
  const cached = ukDateByHour.get(hour);
  if (cached) return cached;
  const parts = Object.fromEntries(londonDate.formatToParts(instant).map((part) => [part.type, part.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  if (ukDateByHour.size >= 1_000) ukDateByHour.clear();
  ukDateByHour.set(hour, date);
  return date;
}

const ukDateByHour = new Map<number, string>();
