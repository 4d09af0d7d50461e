/**
 * Every stable error code Convenor returns, grouped by where it comes from. This is the one source: `ErrorCode`
 * and `errorCodes` are derived from it, and each edge (HTTP status, bot card title) maps every code in an
 * exhaustive `Record<ErrorCode, ...>`. Adding a code is one line here; the compiler then names each edge
 * mapping that still has to handle it. Codes are a contract with clients: never rename one.
 */
export const errorCatalogue = {
  /** Shared by every use case (`ErrorCodes`). */
  common: {
    validation: "VALIDATION.FAILED",
    tooLong: "VALIDATION.TOO_LONG",
    notFound: "NOT_FOUND",
    forbidden: "AUTH.FORBIDDEN",
    unauthenticated: "AUTH.UNAUTHENTICATED",
    conflict: "CONCURRENCY.CONFLICT",
    duplicate: "IDEMPOTENCY.IN_PROGRESS",
  },
  /** `IdempotencyCodes`. */
  idempotency: {
    keyReused: "IDEMPOTENCY.KEY_REUSED",
  },
  /** `ReferralCodes`. */
  referral: {
    panelTakesNoReferrals: "REFERRAL.PANEL_TAKES_NO_REFERRALS",
    draftNotEditable: "REFERRAL.DRAFT_NOT_EDITABLE",
    meetingNotAvailable: "REFERRAL.MEETING_NOT_AVAILABLE",
    notUrgent: "REFERRAL.NOT_URGENT",
  },
  /** `ReferralTransitionCodes`. */
  referralTransition: {
    invalidTransition: "REFERRAL.INVALID_TRANSITION",
    reasonRequired: "REFERRAL.REASON_REQUIRED",
  },
  /** `ReferralFormCodes`: field errors of the referral form. */
  referralForm: {
    fieldRequired: "REFERRAL.FIELD_REQUIRED",
    fieldTooLong: "REFERRAL.FIELD_TOO_LONG",
    fieldInvalid: "REFERRAL.FIELD_INVALID",
    invalidDate: "REFERRAL.FIELD_INVALID_DATE",
    controlCharacters: "REFERRAL.FIELD_CONTROL_CHARACTERS",
    noVisibleText: "REFERRAL.FIELD_NO_VISIBLE_TEXT",
    invalidChoice: "REFERRAL.FIELD_INVALID_CHOICE",
    invalidUrl: "REFERRAL.PLAN_LINK_INVALID",
    shanarriRequired: "REFERRAL.SHANARRI_REQUIRED",
    girfecQuestionRequired: "REFERRAL.GIRFEC_QUESTION_REQUIRED",
    planRequired: "REFERRAL.CHILDS_PLAN_REQUIRED",
    dobInFuture: "REFERRAL.CHILD_DOB_IN_FUTURE",
    childTooOld: "REFERRAL.CHILD_TOO_OLD",
    consentJustificationRequired: "REFERRAL.CONSENT_JUSTIFICATION_REQUIRED",
    consentDateRequired: "REFERRAL.CONSENT_DATE_REQUIRED",
    consentDateInFuture: "REFERRAL.CONSENT_DATE_IN_FUTURE",
    consentDateBeforeBirth: "REFERRAL.CONSENT_DATE_BEFORE_BIRTH",
    urgentReasonRequired: "REFERRAL.URGENT_REASON_REQUIRED",
    icsmgManagerDiscussionRequired: "REFERRAL.ICSMG_MANAGER_DISCUSSION_REQUIRED",
    isgRequiresLcjstOutcome: "REFERRAL.ISG_REQUIRES_LCJST_OUTCOME",
    resubmissionAnswerRequired: "REFERRAL.RESUBMISSION_ANSWER_REQUIRED",
  },
  /** `DocumentsCodes`: the documents port's own failures (it also returns Graph codes). */
  documents: {
    nameConflict: "DOCUMENTS.NAME_CONFLICT",
    invalidName: "DOCUMENTS.INVALID_NAME",
    uploadFailed: "DOCUMENTS.UPLOAD_FAILED",
  },
  /** `GraphErrorCodes`: Microsoft Graph failures a caller can show, from the calendar, documents and directory. */
  graph: {
    throttled: "GRAPH.THROTTLED",
    unavailable: "GRAPH.UNAVAILABLE",
    notFound: "GRAPH.NOT_FOUND",
    forbidden: "GRAPH.FORBIDDEN",
    conflict: "GRAPH.CONFLICT",
    onlineMeetingNotAllowed: "GRAPH.ONLINE_MEETING_NOT_ALLOWED",
  },
  /** `PanelSettingsCodes`: field errors of a panel's settings. */
  panelSettings: {
    invalid: "PANEL.SETTING_INVALID",
  },
  /** `SchedulingCodes`: slot suggestions, scheduling a meeting and keeping it in step with its calendar event. */
  scheduling: {
    windowInPast: "SCHEDULING.WINDOW_IN_PAST",
    windowTooLong: "SCHEDULING.WINDOW_TOO_LONG",
    windowReversed: "SCHEDULING.WINDOW_REVERSED",
    notScheduler: "SCHEDULING.NOT_CHAIR_OR_COORDINATOR",
    calendarNotConfigured: "SCHEDULING.CALENDAR_NOT_CONFIGURED",
    meetingInPast: "SCHEDULING.MEETING_IN_PAST",
    overrideReasonRequired: "SCHEDULING.OVERRIDE_REASON_REQUIRED",
    eventNotFound: "SCHEDULING.EVENT_NOT_FOUND",
    eventLinkedElsewhere: "SCHEDULING.EVENT_LINKED_TO_ANOTHER_MEETING",
    meetingNotPending: "SCHEDULING.MEETING_NOT_PENDING",
    noOrganiserMailbox: "SCHEDULING.NO_ORGANISER_MAILBOX",
  },
  /** `ReachCodes`: reaching people in Teams ahead of need. */
  people: {
    noEntraObjectId: "PEOPLE.NO_ENTRA_OBJECT_ID",
  },
  /** `MeetingCodes`: a meeting's agenda. */
  meeting: {
    notFound: "MEETING.NOT_FOUND",
    notPlanned: "MEETING.NOT_PLANNED",
    itemNotFound: "AGENDA.ITEM_NOT_FOUND",
    orderMismatch: "AGENDA.ORDER_MISMATCH",
    alreadyListed: "AGENDA.ALREADY_LISTED",
    referralNotListable: "AGENDA.REFERRAL_NOT_LISTABLE",
    unknownPerson: "AGENDA.UNKNOWN_PERSON",
    moveTargetInvalid: "AGENDA.MOVE_TARGET_INVALID",
    tooManyItems: "AGENDA.TOO_MANY_ITEMS",
  },
  /** `PaperCodes`: papers for a meeting. */
  papers: {
    tooLarge: "PAPER.TOO_LARGE",
    typeNotAllowed: "PAPER.TYPE_NOT_ALLOWED",
    empty: "PAPER.EMPTY",
    noLibrary: "PAPER.NO_LIBRARY",
    notFound: "PAPER.NOT_FOUND",
    notCaseItem: "PAPER.NOT_A_CASE_ITEM",
  },
  /** `MeetingRoomCodes`: a meeting run in its Teams chat (start, attendance). */
  meetingRoom: {
    chatNotLinked: "MEETING_ROOM.CHAT_NOT_LINKED",
    notStarted: "MEETING_ROOM.NOT_STARTED",
    chairOnly: "MEETING_ROOM.CHAIR_ONLY",
    notPanelMember: "MEETING_ROOM.NOT_PANEL_MEMBER",
  },
  /** `VoteCodes`: rating rounds and decision votes in the meeting. */
  votes: {
    questionNotFound: "VOTE.QUESTION_NOT_FOUND",
    notAVoter: "VOTE.NOT_A_VOTER",
    closed: "VOTE.CLOSED",
    invalidChoice: "VOTE.INVALID_CHOICE",
    notACaseItem: "VOTE.NOT_A_CASE_ITEM",
    alreadyOpen: "VOTE.ALREADY_OPEN",
    notRevealed: "VOTE.NOT_REVEALED",
    quorumNotMet: "VOTE.QUORUM_NOT_MET",
    tieNeedsCastingOutcome: "VOTE.TIE_NEEDS_CASTING_OUTCOME",
    dissentReasonRequired: "VOTE.DISSENT_REASON_REQUIRED",
    ratingReasonRequired: "VOTE.RATING_REASON_REQUIRED",
    noVotes: "VOTE.NO_VOTES",
  },
  /** `DecisionCodes`: decisions recorded without a vote, family sharing, the child's record (003 3.7). */
  decisions: {
    chairOnly: "DECISION.CHAIR_ONLY",
    notACaseItem: "DECISION.NOT_A_CASE_ITEM",
    alreadyDecided: "DECISION.ALREADY_DECIDED",
    voteOpen: "DECISION.VOTE_OPEN",
    resourceRequired: "DECISION.RESOURCE_REQUIRED",
    invalidDate: "DECISION.INVALID_DATE",
    unknownDecider: "DECISION.UNKNOWN_DECIDER",
    notFound: "DECISION.NOT_FOUND",
    sharingAlreadyRecorded: "DECISION.FAMILY_SHARING_ALREADY_RECORDED",
    notFamilySharer: "DECISION.NOT_FAMILY_SHARER",
  },
  /** `ActionCodes`: actions agreed at a meeting. */
  actions: {
    ownerRequired: "ACTION.OWNER_REQUIRED",
    unknownOwner: "ACTION.UNKNOWN_OWNER",
    dueDateRequired: "ACTION.DUE_DATE_REQUIRED",
    dueDateInvalid: "ACTION.DUE_DATE_INVALID",
    descriptionRequired: "ACTION.DESCRIPTION_REQUIRED",
    notFound: "ACTION.NOT_FOUND",
    alreadyDone: "ACTION.ALREADY_DONE",
    notOwnerOrChair: "ACTION.NOT_OWNER_OR_CHAIR",
  },
  /** `TrackerCodes`: the High Risk Panel's monthly tracker (004). */
  tracker: {
    notTrackerPanel: "TRACKER.NOT_A_TRACKER_PANEL",
    monthNotOpen: "TRACKER.MONTH_NOT_OPEN",
    notYourYoungPerson: "TRACKER.NOT_YOUR_YOUNG_PERSON",
    incomplete: "TRACKER.INCOMPLETE",
    importColumns: "TRACKER.IMPORT_COLUMNS",
    importRowsRejected: "TRACKER.IMPORT_ROWS_REJECTED",
    importTooLarge: "TRACKER.IMPORT_TOO_LARGE",
  },
  /** `ReviewCodes`: Child in Need plan reviews (003 3). */
  review: {
    notReviewPanel: "REVIEW.NOT_A_REVIEW_PANEL",
    dateBeyondInterval: "REVIEW.DATE_BEYOND_INTERVAL",
    nextDateRequired: "REVIEW.NEXT_DATE_REQUIRED",
    nextDateNotAfterReview: "REVIEW.NEXT_DATE_NOT_AFTER_REVIEW",
    dateInFuture: "REVIEW.DATE_IN_FUTURE",
    beforePlanStart: "REVIEW.BEFORE_PLAN_START",
    alreadyRecorded: "REVIEW.ALREADY_RECORDED",
    planNotOpen: "REVIEW.PLAN_NOT_OPEN",
    planExists: "REVIEW.PLAN_EXISTS",
  },
  /** `MinuteCodes`: a meeting's minute, its versions, and case observations. */
  minutes: {
    notChairOrCoordinator: "MINUTES.NOT_CHAIR_OR_COORDINATOR",
    meetingNotHeld: "MINUTES.MEETING_NOT_HELD",
    alreadyDrafted: "MINUTES.ALREADY_DRAFTED",
    noDraft: "MINUTES.NO_DRAFT",
    staleVersion: "MINUTES.STALE_VERSION",
    alreadyAgreed: "MINUTES.ALREADY_AGREED",
    notCirculated: "MINUTES.NOT_CIRCULATED",
    notACaseItem: "MINUTES.NOT_A_CASE_ITEM",
    notStrategic: "MINUTES.NOT_A_STRATEGIC_GROUP",
  },
  /** `DataProtectionCodes`: who saw a child, subject access, suspected breaches (004 Confidentiality). */
  dataProtection: {
    notAuthorised: "DATA_PROTECTION.NOT_AUTHORISED",
    periodReversed: "DATA_PROTECTION.PERIOD_REVERSED",
    periodTooLong: "DATA_PROTECTION.PERIOD_TOO_LONG",
  },
  /** `ReportCodes`: the panel reports and their CSV (002 A 7.2, 000 4c, 002 B 4.3). */
  report: {
    notChairOrCoordinator: "REPORT.NOT_CHAIR_OR_COORDINATOR",
    rangeReversed: "REPORT.RANGE_REVERSED",
    rangeTooLong: "REPORT.RANGE_TOO_LONG",
    notStrategic: "REPORT.NOT_A_STRATEGIC_GROUP",
  },
  /** `CapacityRefusalCodes`: third-sector capacity refusals on the unmet need register (002 Appendix 2). */
  capacityRefusal: {
    notAllowed: "CAPACITY_REFUSAL.NOT_ALLOWED",
    fieldRequired: "CAPACITY_REFUSAL.FIELD_REQUIRED",
    fieldTooLong: "CAPACITY_REFUSAL.FIELD_TOO_LONG",
    fieldInvalid: "CAPACITY_REFUSAL.FIELD_INVALID",
    invalidReason: "CAPACITY_REFUSAL.INVALID_REASON",
    waitingWeeksOutOfRange: "CAPACITY_REFUSAL.WAITING_WEEKS_OUT_OF_RANGE",
    invalidDate: "CAPACITY_REFUSAL.INVALID_DATE",
    dateInFuture: "CAPACITY_REFUSAL.DATE_IN_FUTURE",
    dateTooOld: "CAPACITY_REFUSAL.DATE_TOO_OLD",
  },
  /** `RetentionCodes`: how long records are kept before they are anonymised. */
  retention: {
    periodOutOfRange: "RETENTION.PERIOD_OUT_OF_RANGE",
  },
  /** Settings read at start-up. */
  config: {
    invalid: "CONFIG.INVALID",
  },
  /** The HTTP edge's own answers, for requests that never reach a use case. */
  http: {
    requestInvalid: "REQUEST.INVALID",
    internal: "INTERNAL",
  },
  /** `ActionInputCodes`: card input the bot could not take as it came (kept or left out, and said so). */
  cardInput: {
    tooLong: "CARD.INPUT_TOO_LONG",
    notText: "CARD.INPUT_NOT_TEXT",
    unknown: "CARD.INPUT_UNKNOWN",
  },
  /** The bot endpoint's own answers, for activities that never reach a turn handler. */
  bot: {
    malformedActivity: "BOT.MALFORMED_ACTIVITY",
    wrongTenant: "BOT.WRONG_TENANT",
  },
} as const;

type Catalogue = typeof errorCatalogue;

/** A stable error code: a `DomainError` or `FieldError` with any other code does not compile. */
export type ErrorCode = {
  [Group in keyof Catalogue]: Catalogue[Group][keyof Catalogue[Group]];
}[keyof Catalogue];

/** Every code in the catalogue, for code that must check a string it did not write (e.g. a zod issue). */
export const errorCodes: readonly ErrorCode[] = Object.values(errorCatalogue).flatMap((group): ErrorCode[] =>
  Object.values(group),
);

const known: ReadonlySet<string> = new Set(errorCodes);

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === "string" && known.has(value);
