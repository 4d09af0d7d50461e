import type { DomainError, ErrorCode } from "@convenor/shared";

/**
 * The HTTP status for each code. Exhaustive on purpose: a new code in the catalogue does not compile until it
 * has a status here. 400 request shape, 401 not signed in, 403 not allowed, 404 not found, 409 the state or
 * another write is in the way, 422 answers that need fixing, 500 our fault, 503 Microsoft 365 in the way.
 */
const statuses: Record<ErrorCode, number> = {
  "VALIDATION.FAILED": 422,
  "VALIDATION.TOO_LONG": 422,
  NOT_FOUND: 404,
  "AUTH.FORBIDDEN": 403,
  "AUTH.UNAUTHENTICATED": 401,
  "CONCURRENCY.CONFLICT": 409,
  "IDEMPOTENCY.IN_PROGRESS": 409,
  // The same key with a different request: the request is wrong, not the server's state.
  "IDEMPOTENCY.KEY_REUSED": 422,

  "REFERRAL.PANEL_TAKES_NO_REFERRALS": 422,
  "REFERRAL.DRAFT_NOT_EDITABLE": 409,
  "REFERRAL.MEETING_NOT_AVAILABLE": 422,
  "REFERRAL.NOT_URGENT": 409,
  "REFERRAL.INVALID_TRANSITION": 409,
  "REFERRAL.REASON_REQUIRED": 422,

  "REFERRAL.FIELD_REQUIRED": 422,
  "REFERRAL.FIELD_TOO_LONG": 422,
  "REFERRAL.FIELD_INVALID": 422,
  "REFERRAL.FIELD_INVALID_DATE": 422,
  "REFERRAL.FIELD_CONTROL_CHARACTERS": 422,
  "REFERRAL.FIELD_NO_VISIBLE_TEXT": 422,
  "REFERRAL.FIELD_INVALID_CHOICE": 422,
  "REFERRAL.PLAN_LINK_INVALID": 422,
  "REFERRAL.SHANARRI_REQUIRED": 422,
  "REFERRAL.GIRFEC_QUESTION_REQUIRED": 422,
  "REFERRAL.CHILDS_PLAN_REQUIRED": 422,
  "REFERRAL.CHILD_DOB_IN_FUTURE": 422,
  "REFERRAL.CHILD_TOO_OLD": 422,
  "REFERRAL.CONSENT_JUSTIFICATION_REQUIRED": 422,
  "REFERRAL.CONSENT_DATE_REQUIRED": 422,
  "REFERRAL.CONSENT_DATE_IN_FUTURE": 422,
  "REFERRAL.CONSENT_DATE_BEFORE_BIRTH": 422,
  "REFERRAL.URGENT_REASON_REQUIRED": 422,
  "REFERRAL.ICSMG_MANAGER_DISCUSSION_REQUIRED": 422,
  "REFERRAL.ISG_REQUIRES_LCJST_OUTCOME": 422,
  "REFERRAL.RESUBMISSION_ANSWER_REQUIRED": 422,

  // Card input is the bot's; the API never returns these, but every code has a status.
  "CARD.INPUT_TOO_LONG": 422,
  "CARD.INPUT_NOT_TEXT": 422,
  "CARD.INPUT_UNKNOWN": 400,

  "DOCUMENTS.NAME_CONFLICT": 409,
  "DOCUMENTS.INVALID_NAME": 422,
  "DOCUMENTS.UPLOAD_FAILED": 503,

  "GRAPH.THROTTLED": 503,
  "GRAPH.UNAVAILABLE": 503,
  "GRAPH.NOT_FOUND": 404,
  // Convenor's own permission in the tenant, not the caller's: the service cannot do it until an admin acts.
  "GRAPH.FORBIDDEN": 503,
  "GRAPH.CONFLICT": 409,
  "GRAPH.ONLINE_MEETING_NOT_ALLOWED": 422,
  "PANEL.SETTING_INVALID": 422,
  "PEOPLE.NO_ENTRA_OBJECT_ID": 422,

  "MEETING.NOT_FOUND": 404,
  "MEETING.NOT_PLANNED": 409,
  "AGENDA.ITEM_NOT_FOUND": 404,
  "AGENDA.ORDER_MISMATCH": 409,
  "AGENDA.ALREADY_LISTED": 409,
  "AGENDA.REFERRAL_NOT_LISTABLE": 422,
  "AGENDA.UNKNOWN_PERSON": 422,
  "AGENDA.MOVE_TARGET_INVALID": 422,
  "AGENDA.TOO_MANY_ITEMS": 422,
  "PAPER.TOO_LARGE": 413,
  "PAPER.TYPE_NOT_ALLOWED": 415,
  "PAPER.EMPTY": 422,
  // The panel has no SharePoint library configured: an administrator must act, not the caller.
  "PAPER.NO_LIBRARY": 503,
  "PAPER.NOT_FOUND": 404,
  "PAPER.NOT_A_CASE_ITEM": 422,

  "CONFIG.INVALID": 500,
  "REQUEST.INVALID": 400,
  INTERNAL: 500,
  "BOT.MALFORMED_ACTIVITY": 400,
  "BOT.WRONG_TENANT": 403,
};

/** Maps a domain error code to the HTTP status an API client should see. */
export function statusFor(error: DomainError): number {
  return statuses[error.code];
}

export function errorBody(error: DomainError): { error: DomainError } {
  return { error };
}
