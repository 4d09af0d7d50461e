import { z } from "zod";
import {
  decodeReferralCursor,
  invalidCursorMessage,
  maxCursorLength,
  pageSizeMessage,
  referralPageSize,
} from "../referrals/referral-page.js";

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

export const referralListQuery = z
  .strictObject({
    view: z.enum(["mine", "queue"]).default("mine"),
    panelId: id.optional(),
    /** `nextCursor` of the previous page. */
    cursor: z.string().max(maxCursorLength, invalidCursorMessage).optional(),
    limit: z
      .string()
      .regex(/^\d{1,3}$/, pageSizeMessage)
      .transform(Number)
      .pipe(z.number().min(1, pageSizeMessage).max(referralPageSize.max, pageSizeMessage))
      .optional(),
  })
  .superRefine((query, context) => {
    if (query.cursor === undefined || query.cursor.length > maxCursorLength) return;
    if (!decodeReferralCursor(query.view === "queue" ? "screening" : "recent", query.cursor)) {
      context.addIssue({ code: "custom", path: ["cursor"], message: invalidCursorMessage });
    }
  });
export type ReferralListQuery = z.infer<typeof referralListQuery>;
