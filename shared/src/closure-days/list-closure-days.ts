import type { Actor } from "../model/actor.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type { Store } from "../ports/store.port.js";
import { checkYear, closureDayLimits } from "./closure-day-rules.js";
import type { ClosureDaysOfYear } from "./set-closure-days.js";

/** The organisation's closure days in one year, earliest first: anyone who uses Convenor may see them. */
export async function listClosureDays(
  deps: { store: Store },
  actor: Actor,
  input: { year: number },
): Promise<Result<ClosureDaysOfYear>> {
  const year = checkYear(input.year, closureDayLimits.readableYears);
  if (!year.ok) return year;
  return deps.store.read(async (tx) => {
    if (!(await tx.people.get(actor.personId))) {
      return fail(ErrorCodes.forbidden, "Your account is not a Convenor user.");
    }
    const days = await tx.closureDays.between(`${year.value}-01-01`, `${year.value}-12-31`);
    return ok({ year: year.value, days });
  });
}
