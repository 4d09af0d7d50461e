import { ErrorCodes } from "../model/errors.js";
import { fail, type DomainError } from "../model/result.js";

/** What a minute and an observation may hold; the tab's forms show the same limits. */
export const minuteLimits = {
  generalBusiness: 20_000,
  itemNotes: 5_000,
  /** Non-case items a minute can carry notes for (an agenda holds at most 60 items). */
  itemNotesCount: 60,
  observation: 10_000,
  contentiousIssues: 5_000,
  agreementName: 200,
  agreementRelationship: 100,
  agreements: 10,
  progressRows: 60,
  progressCell: 2_000,
} as const;

// Tabs and new lines are text; other control characters never come from a person typing.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Checks text a person wrote: at most `max` characters once trimmed, no control characters, and present when
 * `required`. Returns the failure to send back, or null.
 */
export function checkMinuteText(
  field: string,
  text: string,
  max: number,
  what: string,
  options: { required?: boolean } = {},
): { ok: false; error: DomainError } | null {
  const trimmed = text.trim();
  if (options.required && !trimmed) {
    const message = `Write ${what}.`;
    return fail(ErrorCodes.validation, message, [{ field, code: ErrorCodes.validation, message }]);
  }
  if (trimmed.length > max) {
    const message = `Keep ${what} to ${max} characters (it has ${trimmed.length}).`;
    return fail(ErrorCodes.tooLong, message, [{ field, code: ErrorCodes.tooLong, message }]);
  }
  if (controlCharacters.test(trimmed)) {
    const message = `${what[0]?.toUpperCase() ?? ""}${what.slice(1)} has characters that are not text.`;
    return fail(ErrorCodes.validation, message, [{ field, code: ErrorCodes.validation, message }]);
  }
  return null;
}
