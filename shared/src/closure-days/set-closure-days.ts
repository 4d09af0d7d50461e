import { canSetClosureDays } from "../auth/policies.js";
import { ukLocalDate } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import type { ClosureDay } from "../model/closure-day.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { checkYear, parseClosureDays, settableYears } from "./closure-day-rules.js";

export interface SetClosureDaysInput {
  year: number;
  /** Every closure day of the year: the list replaces what was set before (an empty list clears it). */
  days: readonly ClosureDay[];
}

export interface ClosureDaysOfYear {
  year: number;
  days: ClosureDay[];
}

/**
 * Sets the organisation's closure days for one year, replacing the year's list, so that every panel's
 * working days skip them. Administrators only; audited. Sending the same list again changes nothing.
 */
export async function setClosureDays(
  deps: UseCaseDeps,
  actor: Actor,
  input: SetClosureDaysInput,
): Promise<Result<ClosureDaysOfYear>> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const year = checkYear(input.year, settableYears(Number(ukLocalDate(at).slice(0, 4))));
  if (!year.ok) return year;
  const days = parseClosureDays(year.value, input.days);
  if (!days.ok) return days;
  return deps.store.transaction(async (tx) => {
    if (!canSetClosureDays(await tx.people.get(actor.personId))) {
      return fail(ErrorCodes.forbidden, "Only an administrator can set the organisation's closure days.");
    }
    await tx.closureDays.replaceYear(year.value, days.value);
    await tx.audit.append({
      id: newIdFrom(deps),
      at,
      actorId: actor.personId,
      action: "closure-days.set",
      subjectType: "closure-days",
      subjectId: String(year.value),
      childId: null,
      channel: actor.channel,
      origin: actor.origin,
      correlationId: actor.correlationId,
    });
    return ok({ year: year.value, days: days.value });
  });
}
