import type { ClosureDates } from "../calendar/working-days.js";
import type { StoreTx } from "../ports/store.port.js";

/**
 * The closure days that deadlines of meetings held from `first` to `last` (YYYY-MM-DD) can meet, for the
 * working-day functions. A deadline period reaches at most about a year either way
 * (`panelSettingsLimits.periodMaxAmount`), so two years either side is enough; a deployment has at most 60
 * closure days a year, so this is a small read.
 */
export async function closureDatesAround(
  tx: StoreTx,
  first: string,
  last: string = first,
): Promise<ClosureDates> {
  const from = `${Number(first.slice(0, 4)) - 2}-01-01`;
  const to = `${Number(last.slice(0, 4)) + 2}-12-31`;
  const days = await tx.closureDays.between(from, to);
  return new Set(days.map((day) => day.date));
}
