/** Wall-clock times in a time zone as UTC instants, for weekdays (clocks change at weekends in the UK). */

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

/** Windows zone names Graph reports for working hours, as IANA names; an unknown zone is taken as UK time. */
const windowsZones: Record<string, string> = {
  "GMT Standard Time": "Europe/London",
  "Greenwich Standard Time": "Atlantic/Reykjavik",
  UTC: "UTC",
  "Coordinated Universal Time": "UTC",
  "W. Europe Standard Time": "Europe/Berlin",
  "Romance Standard Time": "Europe/Paris",
  "Central Europe Standard Time": "Europe/Budapest",
  "Eastern Standard Time": "America/New_York",
  "Pacific Standard Time": "America/Los_Angeles",
};

export const ukTimeZone = "Europe/London";

export function ianaZone(name: string | null | undefined): string {
  if (!name) return ukTimeZone;
  const mapped = windowsZones[name];
  if (mapped) return mapped;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: name });
    return name;
  } catch {
    return ukTimeZone;
  }
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Minutes the zone is ahead of UTC at midday (UTC) on `date`. */
function offsetMinutes(date: string, timeZone: string): number {
  const key = `${timeZone}|${date}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const instant = Date.UTC(year, month - 1, day, 12);
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const local = Date.UTC(
    parts.year ?? year,
    (parts.month ?? month) - 1,
    parts.day ?? day,
    parts.hour,
    parts.minute,
  );
  const offset = Math.round((local - instant) / 60_000);
  if (offsets.size > 10_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

const midnights = new Map<string, number>();

/** The UTC instant (ms) of wall-clock midnight starting `date` in `timeZone`, with the day's weekday offset. */
export function zoneMidnightUtcMs(date: string, timeZone: string = ukTimeZone): number {
  const key = `${timeZone}|${date}`;
  let midnight = midnights.get(key);
  if (midnight === undefined) {
    const [year, month, day] = date.split("-").map(Number) as [number, number, number];
    midnight = Date.UTC(year, month - 1, day) - offsetMinutes(date, timeZone) * 60_000;
    if (midnights.size > 10_000) midnights.clear();
    midnights.set(key, midnight);
  }
  return midnight;
}

/** The UTC instant (ms) of `minutesOfDay` after midnight on `date` (YYYY-MM-DD), wall-clock time in `timeZone`. */
export function zoneTimeToUtcMs(date: string, minutesOfDay: number, timeZone: string = ukTimeZone): number {
  return zoneMidnightUtcMs(date, timeZone) + minutesOfDay * 60_000;
}

/** `HH:mm` or `HH:mm:ss` as minutes after midnight; null when it is not a time. */
export function minutesOfDay(time: string): number | null {
  const match = /^(\d{2}):(\d{2})/.exec(time);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : null;
}
