import type { ErrorCode } from "@convenor/shared";

/**
 * What the task pane and the tab say for each error code. Exhaustive on purpose, like the HTTP statuses and the
 * bot's card titles: a new code in the catalogue does not compile until the front ends have words for it.
 */
export const taskPaneMessages: Record<ErrorCode, string> = {
  "VALIDATION.FAILED": "Some of what you entered needs fixing.",
  "VALIDATION.TOO_LONG": "Some of what you entered is too long.",
  NOT_FOUND: "That could not be found, or you cannot see it.",
  "AUTH.FORBIDDEN": "You are not allowed to do that on this panel.",
  "AUTH.UNAUTHENTICATED": "Your sign-in has expired: sign in again.",
  "CONCURRENCY.CONFLICT": "Someone else changed this at the same time: reload and try again.",
  "IDEMPOTENCY.IN_PROGRESS": "This is already being done: wait a moment, then reload.",
  "IDEMPOTENCY.KEY_REUSED": "This request was already used for something else: start again.",

  "REFERRAL.PANEL_TAKES_NO_REFERRALS": "This panel does not take referrals.",
  "REFERRAL.DRAFT_NOT_EDITABLE": "This referral can no longer be changed.",
  "REFERRAL.MEETING_NOT_AVAILABLE": "That meeting is no longer open for referrals.",
  "REFERRAL.NOT_URGENT": "This referral is not an urgent request.",
  "REFERRAL.INVALID_TRANSITION": "This referral has moved on: reload to see where it is.",
  "REFERRAL.REASON_REQUIRED": "Give a reason.",

  "REFERRAL.FIELD_REQUIRED": "A required answer is missing.",
  "REFERRAL.FIELD_TOO_LONG": "An answer is too long.",
  "REFERRAL.FIELD_INVALID": "An answer is not valid.",
  "REFERRAL.FIELD_INVALID_DATE": "A date is not valid.",
  "REFERRAL.FIELD_CONTROL_CHARACTERS": "An answer contains characters that cannot be stored.",
  "REFERRAL.FIELD_NO_VISIBLE_TEXT": "An answer has no visible text.",
  "REFERRAL.FIELD_INVALID_CHOICE": "A choice is not one of the options.",
  "REFERRAL.PLAN_LINK_INVALID": "The Child's Plan link is not a valid address.",
  "REFERRAL.SHANARRI_REQUIRED": "Choose at least one wellbeing indicator.",
  "REFERRAL.GIRFEC_QUESTION_REQUIRED": "Answer the GIRFEC questions.",
  "REFERRAL.CHILDS_PLAN_REQUIRED": "This panel needs the Child's Plan.",
  "REFERRAL.CHILD_DOB_IN_FUTURE": "The date of birth is in the future.",
  "REFERRAL.CHILD_TOO_OLD": "The child is older than this panel takes.",
  "REFERRAL.CONSENT_JUSTIFICATION_REQUIRED": "Say why the referral goes ahead without consent.",
  "REFERRAL.CONSENT_DATE_REQUIRED": "Give the date consent was given.",
  "REFERRAL.CONSENT_DATE_IN_FUTURE": "The consent date is in the future.",
  "REFERRAL.CONSENT_DATE_BEFORE_BIRTH": "The consent date is before the date of birth.",
  "REFERRAL.URGENT_REASON_REQUIRED": "Say why this is urgent.",
  "REFERRAL.ICSMG_MANAGER_DISCUSSION_REQUIRED": "Discuss the referral with your manager first.",
  "REFERRAL.ISG_REQUIRES_LCJST_OUTCOME": "The ISG needs the Learning Community JST's outcome first.",
  "REFERRAL.RESUBMISSION_ANSWER_REQUIRED": "Say what has changed since the last referral.",

  "CARD.INPUT_TOO_LONG": "An answer is too long.",
  "CARD.INPUT_NOT_TEXT": "An answer is not text.",
  "CARD.INPUT_UNKNOWN": "An answer was not expected.",

  "DOCUMENTS.NAME_CONFLICT": "A paper with that name is already there.",
  "DOCUMENTS.INVALID_NAME": "The paper's file name cannot be used.",
  "DOCUMENTS.UPLOAD_FAILED": "The paper could not be uploaded: try again.",

  "GRAPH.THROTTLED": "Microsoft 365 is busy: try again in a minute.",
  "GRAPH.UNAVAILABLE": "Microsoft 365 cannot be reached just now: try again shortly.",
  "GRAPH.NOT_FOUND": "The calendar event or file is no longer in Microsoft 365.",
  "GRAPH.FORBIDDEN": "Convenor is not allowed to do this in your organisation: ask an administrator.",
  "GRAPH.CONFLICT": "Microsoft 365 has a newer version: reload and try again.",
  "GRAPH.ONLINE_MEETING_NOT_ALLOWED": "Teams meetings cannot be added to this calendar.",
  "PANEL.SETTING_INVALID": "A panel setting is not valid.",
  "PEOPLE.NO_ENTRA_OBJECT_ID": "This person has no Microsoft 365 account Convenor can reach.",

  "CONFIG.INVALID": "Convenor is not configured properly: tell your administrator.",
  "REQUEST.INVALID": "The request was not understood.",
  INTERNAL: "Something went wrong on our side: try again.",
  "BOT.MALFORMED_ACTIVITY": "The message was not understood.",
  "BOT.WRONG_TENANT": "This Convenor serves another organisation.",
};
