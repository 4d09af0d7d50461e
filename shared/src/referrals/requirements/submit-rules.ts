import type { z } from "zod";
import type { ErrorCode } from "../../model/error-codes.js";
import { maxAgeAtReferral } from "./field-limits.js";
import type { FormField } from "./form-field.js";
import { ReferralFormCodes as codes } from "./referral-error-codes.js";

type Values = Record<string, unknown>;

const present = (value: unknown) => value !== undefined && !(Array.isArray(value) && value.length === 0);

function requiredCode(field: FormField): ErrorCode {
  if (field.id === "shanarri") return codes.shanarriRequired;
  if (field.id.startsWith("girfec.q")) return codes.girfecQuestionRequired;
  if (field.id === "plan.url") return codes.planRequired;
  if (field.id === "icsmg.managerDiscussed") return codes.icsmgManagerDiscussionRequired;
  return codes.fieldRequired;
}

/** Whole years between a date of birth and a day, both YYYY-MM-DD. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = day.split("-").map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** Rules that apply on submit only: required answers and the rules across fields. */
export function submitRules(fields: FormField[], today: string) {
  return (values: Values, ctx: z.RefinementCtx) => {
    const issue = (field: string, code: ErrorCode, message: string) =>
      ctx.addIssue({ code: "custom", path: [field], message, params: { code } });

    for (const field of fields) {
      if (!field.required) continue;
      const value = values[field.id];
      const missing = field.kind === "toggle" ? value !== true : !present(value);
      if (missing) issue(field.id, requiredCode(field), field.errorMessage);
    }

    const dob = values["child.dateOfBirth"];
    if (typeof dob === "string") {
      if (dob > today)
        issue("child.dateOfBirth", codes.dobInFuture, "The date of birth is in the future: check it.");
      else if (ageOn(dob, today) > maxAgeAtReferral)
        issue(
          "child.dateOfBirth",
          codes.childTooOld,
          "Panels take referrals for children under 18: check the date of birth.",
        );
    }

    const status = values["consent.status"];
    if ((status === "withheld" || status === "not-sought") && !present(values["consent.justification"])) {
      const message =
        status === "withheld"
          ? "Consent was withheld: record why sharing is vital to the child's interests."
          : "Consent was not sought: record why, and why sharing is vital to the child's interests.";
      issue("consent.justification", codes.consentJustificationRequired, message);
    }
    const recordedOn = values["consent.recordedOn"];
    if ((status === "given" || status === "withheld") && !present(recordedOn))
      issue("consent.recordedOn", codes.consentDateRequired, "Enter the date consent was given or withheld.");
    if (typeof recordedOn === "string" && recordedOn > today)
      issue("consent.recordedOn", codes.consentDateInFuture, "The consent date is in the future: check it.");
    else if (typeof recordedOn === "string" && typeof dob === "string" && recordedOn < dob)
      issue(
        "consent.recordedOn",
        codes.consentDateBeforeBirth,
        "The consent date is before the child's date of birth: check both dates.",
      );

    if (values.urgency === "urgent" && !present(values["urgency.reason"]))
      issue("urgency.reason", codes.urgentReasonRequired, "Say why this cannot wait for the next meeting.");
  };
}
