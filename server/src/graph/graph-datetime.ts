import type { DateTimeTimeZone } from "@microsoft/microsoft-graph-types";

/** Graph date-times are sent and requested in UTC (`Prefer: outlook.timezone="UTC"`). */
export const toGraphDateTime = (iso: string | Date): DateTimeTimeZone => ({
  dateTime: new Date(iso).toISOString().replace("Z", ""),
  timeZone: "UTC",
});

/** `2026-03-04T10:00:00.0000000` (UTC) to `2026-03-04T10:00:00.000Z`. */
export function fromGraphDateTime(value: DateTimeTimeZone | null | undefined): string {
  const dateTime = value?.dateTime ?? "";
  const trimmed = dateTime.replace(/(\.\d{3})\d*$/, "$1").replace(/Z$/, "");
  const parsed = new Date(`${trimmed}Z`);
  if (Number.isNaN(parsed.getTime())) throw new Error("Graph returned an unreadable date-time");
  return parsed.toISOString();
}

export const utcPreference = { Prefer: 'outlook.timezone="UTC"' };
