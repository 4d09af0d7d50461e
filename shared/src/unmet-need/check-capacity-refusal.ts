import { isoDate } from "../api/scheduling-requests.js";
import type { RecordCapacityRefusalBody } from "../api/capacity-refusal-requests.js";
import { addMonths } from "../calendar/iso-date.js";
import {
  capacityRefusalLimits as limits,
  capacityRefusalReasons,
  type CapacityRefusalReason,
} from "../model/capacity-refusal.js";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type FieldError, type Result } from "../model/result.js";
import { CapacityRefusalCodes as Codes } from "./capacity-refusal-codes.js";

export interface CheckedCapacityRefusal {
  organisation: string;
  service: string;
  reason: CapacityRefusalReason;
  waitingWeeks: number | null;
  refusedOn: string;
  locality: string | null;
}

const controlCharacter = /[\p{Cc}\p{Cs}]/u;

/** Each field against its limits, every problem at once so the form can mark each field. */
export function checkCapacityRefusal(
  input: Omit<RecordCapacityRefusalBody, "idempotencyKey">,
  today: string,
): Result<CheckedCapacityRefusal> {
  const errors: FieldError[] = [];
  const text = (field: string, value: string | null | undefined, max: number, required: boolean) => {
    const trimmed = (value ?? "").trim();
    if (trimmed === "") {
      if (required) errors.push({ field, code: Codes.fieldRequired, message: "Fill this in." });
      return null;
    }
    if (trimmed.length > max) {
      errors.push({ field, code: Codes.fieldTooLong, message: `At most ${max} characters.` });
    } else if (controlCharacter.test(trimmed)) {
      errors.push({
        field,
        code: Codes.fieldInvalid,
        message: "Remove the characters that cannot be stored.",
      });
    }
    return trimmed;
  };
  const organisation = text("organisation", input.organisation, limits.organisationMaxLength, true);
  const service = text("service", input.service, limits.serviceMaxLength, true);
  const locality = text("locality", input.locality, limits.localityMaxLength, false);
  const reason = capacityRefusalReasons.find((known) => known === input.reason);
  if (!reason) {
    errors.push({
      field: "reason",
      code: Codes.invalidReason,
      message: "Choose no capacity or a waiting list.",
    });
  }
  const weeks = input.waitingWeeks ?? null;
  if (
    weeks !== null &&
    (!Number.isInteger(weeks) || weeks < limits.minWaitingWeeks || weeks > limits.maxWaitingWeeks)
  ) {
    errors.push({
      field: "waitingWeeks",
      code: Codes.waitingWeeksOutOfRange,
      message: `A whole number of weeks from ${limits.minWaitingWeeks} to ${limits.maxWaitingWeeks}, or leave it empty.`,
    });
  }
  const refusedOn = input.refusedOn.trim();
  const earliest = addMonths(today, -limits.maxAgeMonths);
  if (!isoDate.safeParse(refusedOn).success) {
    const code = refusedOn === "" ? Codes.fieldRequired : Codes.invalidDate;
    errors.push({ field: "refusedOn", code, message: "Give the date the organisation refused." });
  } else if (refusedOn > today) {
    errors.push({
      field: "refusedOn",
      code: Codes.dateInFuture,
      message: "The date cannot be in the future.",
    });
  } else if (refusedOn < earliest) {
    errors.push({
      field: "refusedOn",
      code: Codes.dateTooOld,
      message: `Only refusals from the last ${limits.maxAgeMonths} months, on or after ${earliest}.`,
    });
  }
  if (errors.length > 0 || !reason) {
    return fail(ErrorCodes.validation, "Some of the capacity refusal needs fixing.", errors);
  }
  return ok({
    organisation: organisation!,
    service: service!,
    reason,
    waitingWeeks: weeks,
    refusedOn,
    locality: locality || null,
  });
}
