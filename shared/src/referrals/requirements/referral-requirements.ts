import { z } from "zod";
import type { PresetKey } from "../../model/panel.js";
import type { FieldError } from "../../model/result.js";
import { childProtectionNotice } from "./common-fields.js";
import { fieldSchema } from "./field-schema.js";
import type { FormField, ReferralFormValues } from "./form-field.js";
import { presetFields } from "./preset-fields.js";
import { ReferralFormCodes as codes } from "./referral-error-codes.js";
import { submitRules } from "./submit-rules.js";

export interface ReferralRequirements {
  /** Validates a submitted form: types, limits, required answers and the rules across fields. */
  schema: z.ZodType<ReferralFormValues>;
  /** Validates a draft: types and limits only. */
  draftSchema: z.ZodType<ReferralFormValues>;
  fields: FormField[];
  /** Shown at the top of every form: significant harm goes to child protection, not to a panel. */
  notice: string;
}

export interface RequirementsOptions {
  /** Today's date (YYYY-MM-DD) for the date-of-birth and consent-date rules; defaults to today in UTC. */
  today?: string;
}

function compact(values: Record<string, unknown>): ReferralFormValues {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as ReferralFormValues;
}

/** What a referral to a panel of this preset must contain (DOMAIN.md "Referrals"). */
/** Built schemas by preset and day: building them costs more than a validation, and they never change. */
const built = new Map<string, ReferralRequirements>();

export function referralRequirements(
  preset: PresetKey,
  options: RequirementsOptions = {},
): ReferralRequirements {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const key = `${preset}|${today}`;
  if (!built.has(key)) {
    if (built.size >= 64) built.clear();
    built.set(key, buildRequirements(preset, today));
  }
  return built.get(key)!;
}

function buildRequirements(preset: PresetKey, today: string): ReferralRequirements {
  const fields = presetFields(preset);
  const shape = z.object(Object.fromEntries(fields.map((field) => [field.id, fieldSchema(field)])));
  return {
    schema: shape.superRefine(submitRules(fields, today), { when: () => true }).transform(compact),
    draftSchema: shape.transform(compact),
    fields,
    notice: childProtectionNotice,
  };
}

function messageFor(field: FormField, issue: z.core.$ZodIssue): { code: string; message: string } {
  if (issue.code === "custom" && typeof issue.params?.code === "string") {
    return { code: issue.params.code, message: issue.message };
  }
  if (issue.code === "too_big") {
    return {
      code: codes.fieldTooLong,
      message: `Keep "${field.label}" to ${field.maxLength} characters or fewer.`,
    };
  }
  switch (field.kind) {
    case "date":
      return { code: codes.invalidDate, message: `Enter "${field.label}" as a real date (YYYY-MM-DD).` };
    case "url":
      return { code: codes.invalidUrl, message: field.errorMessage };
    case "choice":
    case "multichoice":
      return { code: codes.invalidChoice, message: `Choose from the options given for "${field.label}".` };
    default:
      return { code: codes.fieldInvalid, message: field.errorMessage };
  }
}

/** Zod issues as field errors keyed by field id, one per field, in form order. */
export function toFieldErrors(fields: FormField[], issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const byId = new Map(fields.map((field) => [field.id, field]));
  const errors = new Map<string, FieldError>();
  for (const issue of issues) {
    const id = String(issue.path[0] ?? "");
    const field = byId.get(id);
    if (!field || errors.has(id)) continue;
    errors.set(id, { field: id, ...messageFor(field, issue) });
  }
  return fields.flatMap((field) => errors.get(field.id) ?? []);
}

export type FormValidation = { ok: true; values: ReferralFormValues } | { ok: false; errors: FieldError[] };

/** Validates a raw form for submit or as a draft. */
export function validateReferralForm(
  preset: PresetKey,
  form: Record<string, unknown>,
  mode: "submit" | "draft",
  options: RequirementsOptions = {},
): FormValidation {
  const requirements = referralRequirements(preset, options);
  const parsed = (mode === "submit" ? requirements.schema : requirements.draftSchema).safeParse(form);
  if (parsed.success) return { ok: true, values: parsed.data };
  return { ok: false, errors: toFieldErrors(requirements.fields, parsed.error.issues) };
}
