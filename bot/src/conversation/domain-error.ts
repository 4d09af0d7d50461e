import type { DomainError, ErrorCode } from "@convenor/shared";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { messageCard } from "../cards/message.card.js";

const needsAttention = "Some answers need attention";
const couldNotBeDone = "That could not be done";

/** The card title for each code. Exhaustive on purpose: a new code in the catalogue needs a title here. */
const titles: Record<ErrorCode, string> = {
  "VALIDATION.FAILED": needsAttention,
  "VALIDATION.TOO_LONG": needsAttention,
  NOT_FOUND: "Not found",
  "AUTH.FORBIDDEN": "Not allowed",
  "AUTH.UNAUTHENTICATED": "Not signed in",
  "CONCURRENCY.CONFLICT": "Changed by someone else",
  "IDEMPOTENCY.IN_PROGRESS": "Already in progress",
  "IDEMPOTENCY.KEY_REUSED": "Already sent with other answers",

  "REFERRAL.PANEL_TAKES_NO_REFERRALS": "Panel not taking referrals",
  "REFERRAL.DRAFT_NOT_EDITABLE": "Already sent",
  "REFERRAL.MEETING_NOT_AVAILABLE": "Meeting not available",
  "REFERRAL.NOT_URGENT": "Not an urgent request",
  "REFERRAL.INVALID_TRANSITION": "Already screened",
  "REFERRAL.REASON_REQUIRED": needsAttention,

  "REFERRAL.FIELD_REQUIRED": needsAttention,
  "REFERRAL.FIELD_TOO_LONG": needsAttention,
  "REFERRAL.FIELD_INVALID": needsAttention,
  "REFERRAL.FIELD_INVALID_DATE": needsAttention,
  "REFERRAL.FIELD_CONTROL_CHARACTERS": needsAttention,
  "REFERRAL.FIELD_NO_VISIBLE_TEXT": needsAttention,
  "REFERRAL.FIELD_INVALID_CHOICE": needsAttention,
  "REFERRAL.PLAN_LINK_INVALID": needsAttention,
  "REFERRAL.SHANARRI_REQUIRED": needsAttention,
  "REFERRAL.GIRFEC_QUESTION_REQUIRED": needsAttention,
  "REFERRAL.CHILDS_PLAN_REQUIRED": needsAttention,
  "REFERRAL.CHILD_DOB_IN_FUTURE": needsAttention,
  "REFERRAL.CHILD_TOO_OLD": needsAttention,
  "REFERRAL.CONSENT_JUSTIFICATION_REQUIRED": needsAttention,
  "REFERRAL.CONSENT_DATE_REQUIRED": needsAttention,
  "REFERRAL.CONSENT_DATE_IN_FUTURE": needsAttention,
  "REFERRAL.CONSENT_DATE_BEFORE_BIRTH": needsAttention,
  "REFERRAL.URGENT_REASON_REQUIRED": needsAttention,
  "REFERRAL.ICSMG_MANAGER_DISCUSSION_REQUIRED": needsAttention,
  "REFERRAL.ISG_REQUIRES_LCJST_OUTCOME": needsAttention,
  "REFERRAL.RESUBMISSION_ANSWER_REQUIRED": needsAttention,

  "CARD.INPUT_TOO_LONG": needsAttention,
  "CARD.INPUT_NOT_TEXT": needsAttention,
  "CARD.INPUT_UNKNOWN": needsAttention,

  "DOCUMENTS.NAME_CONFLICT": "A file with that name exists",
  "DOCUMENTS.INVALID_NAME": "File name not allowed",
  "DOCUMENTS.UPLOAD_FAILED": "Upload failed",

  "GRAPH.THROTTLED": "Microsoft 365 is busy",
  "GRAPH.UNAVAILABLE": "Microsoft 365 is not available",
  "GRAPH.NOT_FOUND": "Not found in Microsoft 365",
  "GRAPH.FORBIDDEN": "Not allowed in Microsoft 365",
  "GRAPH.CONFLICT": "Already exists in Microsoft 365",
  "GRAPH.ONLINE_MEETING_NOT_ALLOWED": "Teams meetings not allowed",
  "PANEL.SETTING_INVALID": "Some settings need attention",
  "PEOPLE.NO_ENTRA_OBJECT_ID": "Not reachable in Teams",
  "SCHEDULING.WINDOW_IN_PAST": needsAttention,
  "SCHEDULING.WINDOW_TOO_LONG": needsAttention,
  "SCHEDULING.WINDOW_REVERSED": needsAttention,
  "SCHEDULING.NOT_CHAIR_OR_COORDINATOR": "Only the chair or coordinator can do that",
  "SCHEDULING.CALENDAR_NOT_CONFIGURED": "Calendars are not connected",
  "SCHEDULING.MEETING_IN_PAST": needsAttention,
  "SCHEDULING.OVERRIDE_REASON_REQUIRED": needsAttention,
  "SCHEDULING.EVENT_NOT_FOUND": "Calendar event not found",
  "SCHEDULING.EVENT_LINKED_TO_ANOTHER_MEETING": "Event already linked",
  "SCHEDULING.MEETING_NOT_PENDING": "Meeting already scheduled",
  "SCHEDULING.NO_ORGANISER_MAILBOX": "No mailbox to organise the meeting",

  "MEETING.NOT_FOUND": "Meeting not found",
  "MEETING.NOT_PLANNED": "Meeting no longer planned",
  "AGENDA.ITEM_NOT_FOUND": "Agenda item not found",
  "AGENDA.ORDER_MISMATCH": "Changed by someone else",
  "AGENDA.ALREADY_LISTED": "Already on the agenda",
  "AGENDA.REFERRAL_NOT_LISTABLE": couldNotBeDone,
  "AGENDA.UNKNOWN_PERSON": needsAttention,
  "AGENDA.MOVE_TARGET_INVALID": couldNotBeDone,
  "AGENDA.TOO_MANY_ITEMS": couldNotBeDone,
  "PAPER.TOO_LARGE": "Paper too large",
  "PAPER.TYPE_NOT_ALLOWED": "Paper type not allowed",
  "PAPER.EMPTY": needsAttention,
  "PAPER.NO_LIBRARY": couldNotBeDone,
  "PAPER.NOT_FOUND": "Paper not found",
  "PAPER.NOT_A_CASE_ITEM": couldNotBeDone,
  "TRACKER.NOT_A_TRACKER_PANEL": couldNotBeDone,
  "TRACKER.MONTH_NOT_OPEN": "This month is closed",
  "TRACKER.NOT_YOUR_YOUNG_PERSON": "Not on your caseload",
  "TRACKER.INCOMPLETE": "Some ratings are missing",
  "TRACKER.IMPORT_COLUMNS": needsAttention,
  "TRACKER.IMPORT_ROWS_REJECTED": needsAttention,
  "TRACKER.IMPORT_TOO_LARGE": needsAttention,
  "CONFIG.INVALID": couldNotBeDone,
  "REQUEST.INVALID": couldNotBeDone,
  INTERNAL: couldNotBeDone,
  "BOT.MALFORMED_ACTIVITY": couldNotBeDone,
  "BOT.WRONG_TENANT": couldNotBeDone,
};

/** A domain error as a card: the use case's own sentence under a title for its code. */
export function domainErrorCard(error: DomainError): AdaptiveCard {
  return messageCard(titles[error.code], error.message, "error");
}
