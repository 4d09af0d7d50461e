import { z } from "zod";

/** Limits for API bodies: the form itself is validated by the panel's referral requirements. */
const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^\P{Cc}*$/u, "Control characters are not allowed.");

export const fileReferralBody = z.strictObject({
  panelId: id,
  idempotencyKey: z
    .string()
    .trim()
    .min(8)
    .max(128)
    .regex(/^\P{Cc}*$/u, "Control characters are not allowed."),
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
