import { z } from "zod";
import { earliestDate, latestDate } from "./field-limits.js";
import type { FormField } from "./form-field.js";
import { ReferralFormCodes as codes } from "./referral-error-codes.js";
import { hasForbiddenCharacters, hasVisibleText } from "./text-rules.js";

/** Cards send "" for an empty input, "a,b" for a multi-select and "true"/"false" for a toggle. */
function normalise(field: FormField) {
  return (input: unknown): unknown => {
    const value = typeof input === "string" ? input.trim() : input;
    if (value === "" || value === null || value === undefined) return undefined;
    if (field.kind === "multichoice") {
      const list = typeof value === "string" ? value.split(",") : value;
      if (!Array.isArray(list)) return list;
      const items = (list as unknown[])
        .map((item): unknown => (typeof item === "string" ? item.trim() : item))
        .filter((item) => item !== "");
      return items.length ? [...new Set(items)] : undefined;
    }
    if (field.kind === "toggle" && typeof value === "string") {
      if (value === "true") return true;
      if (value === "false") return false;
    }
    return value;
  };
}

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function choiceValues(field: FormField): [string, ...string[]] {
  const values = (field.choices ?? []).map((choice) => choice.value);
  if (values.length === 0) throw new Error(`Field ${field.id} has no choices`);
  return values as [string, ...string[]];
}

/** Text a person typed: within its limit, without control characters, and with something visible in it. */
function typedText(field: FormField): z.ZodString {
  return z
    .string()
    .max(field.maxLength)
    .refine((value) => !hasForbiddenCharacters(value, field.kind === "multiline"), {
      message: `"${field.label}" contains a control character (such as a null or a direction override): type it again without.`,
      params: { code: codes.controlCharacters },
    })
    .refine(hasVisibleText, {
      message: `"${field.label}" has no visible characters: enter it as text.`,
      params: { code: codes.noVisibleText },
    });
}

function innerSchema(field: FormField): z.ZodType {
  switch (field.kind) {
    case "text":
    case "multiline":
      return typedText(field);
    case "url":
      return typedText(field).regex(new RegExp(field.regex ?? "^https://"));
    case "date":
      return z
        .string()
        .refine(isCalendarDate)
        .refine((value) => !isCalendarDate(value) || (value >= earliestDate && value <= latestDate), {
          message: `Check the year of "${field.label}": it should be between ${earliestDate.slice(0, 4)} and ${latestDate.slice(0, 4)}.`,
          params: { code: codes.invalidDate },
        });
    case "choice":
      return z.enum(choiceValues(field));
    case "multichoice":
      return z.array(z.enum(choiceValues(field))).max(choiceValues(field).length);
    case "toggle":
      return z.boolean();
  }
}

/** One field's type and limits, never its required-ness: drafts accept any subset of valid answers. */
export function fieldSchema(field: FormField): z.ZodType {
  return z.preprocess(normalise(field), innerSchema(field).optional());
}
