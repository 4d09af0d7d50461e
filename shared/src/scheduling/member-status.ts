import type { MemberSlotStatus } from "../api/scheduling-requests.js";
import type { PersonAvailability, SlotStatus } from "../ports/calendar.port.js";

/**
 * A member's state over several calendar intervals is the most restrictive one: away over busy over unknown
 * over tentative over free. Codes are ordered so the worst is the largest.
 */
export const statusCode = { free: 0, tentative: 1, unknown: 2, busy: 3, away: 4 } as const;
export const statusOfCode: readonly MemberSlotStatus[] = ["free", "tentative", "unknown", "busy", "away"];

/** Graph's status of one interval as a code. Working elsewhere is still free for a Teams meeting. */
const codeOf: Readonly<Record<SlotStatus, number>> = {
  free: statusCode.free,
  workingElsewhere: statusCode.free,
  tentative: statusCode.tentative,
  busy: statusCode.busy,
  oof: statusCode.away,
  unknown: statusCode.unknown,
};

/** One code per interval; a calendar that could not be read is unknown throughout, never free. */
export function intervalCodes(availability: PersonAvailability | null, intervals: number): Uint8Array {
  const codes = new Uint8Array(intervals).fill(statusCode.unknown);
  if (!availability || availability.calendar === "unknown") return codes;
  const count = Math.min(intervals, availability.slots.length);
  for (let index = 0; index < count; index++) {
    const status = availability.slots[index];
    codes[index] = status === undefined ? statusCode.unknown : codeOf[status];
  }
  return codes;
}

/** The worst code over intervals [from, to); outside what was read is unknown. */
export function worstCode(codes: Uint8Array, from: number, to: number): number {
  if (from < 0 || to > codes.length) return statusCode.unknown;
  let worst = 0;
  for (let index = from; index < to; index++) {
    const code = codes[index] ?? statusCode.unknown;
    if (code > worst) worst = code;
  }
  return worst;
}
