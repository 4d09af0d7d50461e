import { z } from "zod";
import { errorCatalogue } from "../model/error-codes.js";
import { ErrorCodes } from "../model/errors.js";
import { caseItemsInMinuteChoices, nations, periodUnits, type PanelSettings } from "../model/panel.js";
import { agencies } from "../model/people.js";
import { fail, ok, type FieldError, type Result } from "../model/result.js";

export const PanelSettingsCodes = errorCatalogue.panelSettings;

/** What a panel's settings may hold; a settings form shows the same limits. */
export const panelSettingsLimits = {
  cadenceMaxLength: 200,
  meetingMinutes: { min: 15, max: 480 },
  caseSlotMinutes: { min: 5, max: 240 },
  quorumAgencies: { min: 1, max: agencies.length },
  reviewIntervalMonths: { min: 1, max: 24 },
  /** The longest deadline or minutes period in each unit (about three months, or a year in months). */
  periodMaxAmount: { "working-days": 60, "calendar-days": 90, weeks: 13, months: 12 },
} as const;

const limits = panelSettingsLimits;

const wholeNumber = (range: { min: number; max: number }, what: string) =>
  z
    .number({ error: `${what}: a whole number from ${range.min} to ${range.max}.` })
    .int({ error: `${what}: a whole number from ${range.min} to ${range.max}.` })
    .min(range.min, { error: `${what}: at least ${range.min}.` })
    .max(range.max, { error: `${what}: at most ${range.max}.` });

const period = (what: string) =>
  z
    .strictObject(
      {
        amount: z
          .number({ error: `${what}: a whole number, at least 1.` })
          .int({ error: `${what}: a whole number, at least 1.` })
          .min(1, { error: `${what}: a whole number, at least 1.` }),
        unit: z.enum(periodUnits, { error: `${what}: the unit is one of ${periodUnits.join(", ")}.` }),
      },
      { error: `${what}: an amount and a unit, or none.` },
    )
    .superRefine((value, context) => {
      const max = limits.periodMaxAmount[value.unit];
      if (value.amount > max) {
        context.addIssue({
          code: "custom",
          path: ["amount"],
          message: `${what}: at most ${max} ${value.unit}.`,
        });
      }
    })
    .nullable();

/** Panel settings as written: every field present, each within its limits, nothing unknown. */
export const panelSettingsSchema = z
  .strictObject(
    {
      nation: z.enum(nations, {
        error: `Nation: one of ${nations.join(", ")} (it decides the bank holidays, so every working-day deadline).`,
      }),
      cadence: z
        .string({ error: "Cadence: a short description such as 'monthly'." })
        .trim()
        .min(1, { error: "Cadence: a short description such as 'monthly'." })
        .max(limits.cadenceMaxLength, { error: `Cadence: at most ${limits.cadenceMaxLength} characters.` }),
      meetingMinutes: wholeNumber(limits.meetingMinutes, "Meeting length in minutes"),
      referralDeadline: period("Referral deadline"),
      agendaDeadline: period("Agenda deadline"),
      papersDeadline: period("Papers deadline"),
      redListDeadline: period("Red list deadline"),
      minutesDue: period("Minutes due"),
      caseSlotMinutes: wholeNumber(limits.caseSlotMinutes, "Minutes a case").nullable(),
      quorumAgencies: wholeNumber(limits.quorumAgencies, "Agencies present for a quorum"),
      requiredAgencies: z
        .array(z.enum(agencies, { error: `Required agencies: each one of ${agencies.join(", ")}.` }), {
          error: "Required agencies: a list of agencies, or an empty list.",
        })
        .max(agencies.length, { error: `Required agencies: at most ${agencies.length}.` })
        .refine((list) => new Set(list).size === list.length, {
          error: "Required agencies: each agency once.",
        })
        // Settings written before this setting existed have none.
        .default([]),
      reviewIntervalMonths: wholeNumber(limits.reviewIntervalMonths, "Months between reviews").nullable(),
      acceptsReferrals: z.boolean({ error: "Accepts referrals: yes or no." }),
      caseItemsInMinute: z
        .enum(caseItemsInMinuteChoices, {
          error: `Case items in the minute: one of ${caseItemsInMinuteChoices.join(", ")}.`,
        })
        .optional(),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `Unknown panel settings: ${issue.keys.join(", ")}.`
          : "Panel settings: an object with every setting.",
    },
  )
  .superRefine((settings, context) => {
    if (settings.caseSlotMinutes !== null && settings.caseSlotMinutes > settings.meetingMinutes) {
      context.addIssue({
        code: "custom",
        path: ["caseSlotMinutes"],
        message: "Minutes a case: no longer than the meeting.",
      });
    }
  }) satisfies z.ZodType<PanelSettings>;

/** The settings, or a validation failure with one error per setting at fault (field = its path). */
export function parsePanelSettings(input: unknown): Result<PanelSettings> {
  const parsed = panelSettingsSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return fail(
    ErrorCodes.validation,
    "Some panel settings need attention.",
    toFieldErrors(parsed.error.issues),
  );
}

/** Thrown by a store asked to write settings no use case should have let through. */
export class InvalidPanelSettings extends Error {
  constructor(readonly fields: FieldError[]) {
    super(`Invalid panel settings: ${fields.map((field) => field.message).join(" ")}`);
    this.name = "InvalidPanelSettings";
  }
}

/** The settings as parsed (trimmed), or throws `InvalidPanelSettings`: for stores, before they write. */
export function validPanelSettings(input: unknown): PanelSettings {
  const parsed = parsePanelSettings(input);
  if (!parsed.ok) throw new InvalidPanelSettings(parsed.error.fields ?? []);
  return parsed.value;
}

function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const field = issue.path.map(String).join(".") || "settings";
    if (errors.some((error) => error.field === field)) continue;
    errors.push({ field, code: PanelSettingsCodes.invalid, message: issue.message });
  }
  return errors;
}
