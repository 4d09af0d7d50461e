import { z } from "zod";

/** Limits for API bodies: the form itself is validated by the panel's referral requirements. */

/** Control characters (C0, DEL, C1) and lone surrogates: never part of an identifier, and a NUL breaks PostgreSQL. */
const controlCharacter = /[\p{Cc}\p{Cs}]/u;
const withoutControlCharacters = (text: string) => !controlCharacter.test(text);
const noControlCharacters = "Must not contain control characters.";

const id = z.string().trim().min(1).max(64).refine(withoutControlCharacters, noControlCharacters);

export const fileReferralBody = z.strictObject({
  panelId: id,
  idempotencyKey: z.string().trim().min(8).max(128).refine(withoutControlCharacters, noControlCharacters),
  mode: z.enum(["submit", "draft"]).default("submit"),
  draftId: id.optional(),
  form: z.record(z.string().max(64), z.unknown()).refine((form) => Object.keys(form).length <= 100, {
    message: "A referral form has at most 100 fields.",
  }),
});
export type FileReferralBody = z.infer<typeof fileReferralBody>;

export const referralListQuery = z.strictObject({
  view: z.enum(["mine", "queue"]).default("mine"),
  panelId: id.optional(),
});
export type ReferralListQuery = z.infer<typeof referralListQuery>;
