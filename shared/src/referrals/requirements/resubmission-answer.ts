import type { FieldError } from "../../model/result.js";
import { limits } from "./field-limits.js";
import { fieldSchema } from "./field-schema.js";
import type { FormField } from "./form-field.js";
import { ReferralFormCodes } from "./referral-error-codes.js";
import { toFieldErrors } from "./referral-requirements.js";

/**
 * The referrer's answer to the question a chair asked when returning a referral. It is sent with the
 * resubmitted form, under its own id, and kept with the version it answers rather than in the form.
 */
export const resubmissionAnswerField: FormField = {
  id: "resubmission.answer",
  label: "Your answer to the panel's question",
  kind: "multiline",
  required: true,
  maxLength: limits.answer,
  errorMessage: "Answer the panel's question: say what you have added or changed.",
  section: "Your answer to the panel",
};

export function validateResubmissionAnswer(
  form: Record<string, unknown>,
): { ok: true; answer: string } | { ok: false; error: FieldError } {
  const field = resubmissionAnswerField;
  const parsed = fieldSchema(field).safeParse(form[field.id]);
  if (!parsed.success) {
    const [error] = toFieldErrors(
      [field],
      parsed.error.issues.map((issue) => ({ ...issue, path: [field.id] })),
    );
    if (error) return { ok: false, error };
  }
  if (parsed.success && typeof parsed.data === "string") return { ok: true, answer: parsed.data };
  return {
    ok: false,
    error: {
      field: field.id,
      code: ReferralFormCodes.resubmissionAnswerRequired,
      message: field.errorMessage,
    },
  };
}
