import { z } from "zod";
import {
  decodeReferralCursor,
  invalidCursorMessage,
  maxCursorLength,
  pageSizeMessage,
  referralPageSize,
} from "../referrals/referral-page.js";
import { identifier } from "./identifier.js";

/** Limits for API bodies: the form itself is validated by the panel's referral requirements. */

const id = identifier(64);

export const fileReferralBody = z.strictObject({
  panelId: id,
  idempotencyKey: identifier(128, 8),
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
