import { z } from "zod";
import { ErrorCodes } from "../model/errors.js";
import { fail, ok, type Result } from "../model/result.js";
import type {
  ReferralListOrder,
  ReferralPageKey,
  ReferralSummaryPageQuery,
  StoreTx,
} from "../ports/store.port.js";
import { summariseReferral, type ReferralSummary } from "./referral-summary.js";

/** One page of a referral list; `nextCursor` asks for the next page, and is null on the last one. */
export interface ReferralPage {
  items: ReferralSummary[];
  nextCursor: string | null;
}

export const referralPageSize = { default: 25, max: 100 } as const;
export const maxCursorLength = 300;
export const invalidCursorMessage = "This list position is not valid: load the list again from the start.";
export const pageSizeMessage = `Ask for between 1 and ${referralPageSize.max} referrals a page.`;

/** What a caller asks for: the page after `cursor` (from a previous page), of at most `limit` referrals. */
export interface ReferralPageInput {
  cursor?: string;
  limit?: number;
}

const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/);
const rowId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const cursorShapes = {
  screening: z.tuple([z.literal("s"), z.union([z.literal(0), z.literal(1)]), timestamp, rowId]),
  recent: z.tuple([z.literal("r"), timestamp, rowId]),
};

const toBase64Url = (text: string) => btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const fromBase64Url = (text: string) => atob(text.replace(/-/g, "+").replace(/_/g, "/"));

/** The cursor of the page after `key`: base64url of the sort key, tagged with its order. */
export function encodeReferralCursor(order: ReferralListOrder, key: ReferralPageKey): string {
  const parts =
    order === "screening" ? ["s", key.urgent ? 1 : 0, key.updatedAt, key.id] : ["r", key.updatedAt, key.id];
  return toBase64Url(JSON.stringify(parts));
}

/** The sort key in a cursor of this list's order, or null when it is not one (malformed, altered, another list's). */
export function decodeReferralCursor(order: ReferralListOrder, cursor: string): ReferralPageKey | null {
  if (cursor.length > maxCursorLength || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(cursor));
  } catch {
    return null;
  }
  let key: ReferralPageKey;
  if (order === "screening") {
    const shape = cursorShapes.screening.safeParse(parsed);
    if (!shape.success) return null;
    key = { urgent: shape.data[1] === 1, updatedAt: shape.data[2], id: shape.data[3] };
  } else {
    const shape = cursorShapes.recent.safeParse(parsed);
    if (!shape.success) return null;
    key = { urgent: false, updatedAt: shape.data[1], id: shape.data[2] };
  }
  // Only the exact text this module writes is accepted, so an edited cursor is refused, not reinterpreted.
  return encodeReferralCursor(order, key) === cursor ? key : null;
}

/** Validates a page request for a list in `order`: the cursor's key and the page size, or a field error. */
export function pageRequest(
  order: ReferralListOrder,
  input: ReferralPageInput,
): Result<{ after: ReferralPageKey | null; limit: number }> {
  const limit = input.limit ?? referralPageSize.default;
  if (!Number.isInteger(limit) || limit < 1 || limit > referralPageSize.max) {
    return fail(ErrorCodes.validation, pageSizeMessage, [
      { field: "limit", code: ErrorCodes.validation, message: pageSizeMessage },
    ]);
  }
  if (input.cursor === undefined) return ok({ after: null, limit });
  const after = decodeReferralCursor(order, input.cursor);
  if (!after) {
    return fail(ErrorCodes.validation, invalidCursorMessage, [
      { field: "cursor", code: ErrorCodes.validation, message: invalidCursorMessage },
    ]);
  }
  return ok({ after, limit });
}

/** One page of summaries from one store query; one row more than the page says whether another page follows. */
export async function readSummaryPage(
  tx: StoreTx,
  filter: Omit<ReferralSummaryPageQuery, "after" | "limit">,
  page: { after: ReferralPageKey | null; limit: number },
  today: string,
): Promise<ReferralPage> {
  const rows = await tx.referrals.summaryPage({ ...filter, after: page.after, limit: page.limit + 1 });
  const items = rows
    .slice(0, page.limit)
    .map((row) =>
      summariseReferral(
        row.referral,
        { name: row.panelName ?? "" },
        row.childDateOfBirth ? { dateOfBirth: row.childDateOfBirth } : null,
        today,
      ),
    );
  const last = items.at(-1);
  const nextCursor =
    rows.length > page.limit && last
      ? encodeReferralCursor(filter.order, {
          urgent: last.urgency === "urgent",
          updatedAt: last.updatedAt,
          id: last.id,
        })
      : null;
  return { items, nextCursor };
}
