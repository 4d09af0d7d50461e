import type { Generated } from "kysely";

/**
 * Row types of the store's tables. JSON is stored as text and booleans as 0/1 integers, so that SQLite and
 * PostgreSQL return the same shapes and the repositories map them the same way.
 */
export interface Database {
  people: PersonRow;
  panels: PanelRow;
  panel_members: PanelMemberRow;
  children: Anonymisable<ChildRow>;
  referrals: Anonymisable<ReferralRow>;
  referral_versions: ReferralVersionRow;
  reference_counters: ReferenceCounterRow;
  meetings: MeetingRow;
  agenda_items: AgendaItemRow;
  agenda_records: AgendaRecordRow;
  papers: PaperRow;
  paper_reads: PaperReadRow;
  panel_libraries: PanelLibraryRow;
  monthly_ratings: MonthlyRatingRow;
  tracked_young_people: TrackedYoungPersonRow;
  audit_log: AuditLogRow;
  outbox: OutboxRow;
  idempotency_keys: IdempotencyKeyRow;
  conversation_references: ConversationReferenceRow;
  meeting_rooms: MeetingRoomRow;
  attendance: AttendanceRow;
  vote_questions: VoteQuestionRow;
  votes: VoteRow;
  decisions: DecisionRow;
  agreed_ratings: AgreedRatingRow;
  card_refreshes: CardRefreshRow;
  actions: ActionRow;
  unmet_needs: UnmetNeedRow;
  capacity_refusals: CapacityRefusalRow;
  family_sharing: FamilySharingRow;
  minute_versions: Anonymisable<MinuteVersionRow>;
  case_observations: Anonymisable<CaseObservationRow>;
  panel_restricted_libraries: PanelLibraryRow;
  closure_days: ClosureDayRow;
  send_windows: SendWindowRow;
  cin_plans: CinPlanRow;
  cin_reviews: CinReviewRow;
  cin_early_reviews: CinEarlyReviewRow;
  cin_consultations: CinConsultationRow;
  cin_review_consultees: CinReviewConsulteesRow;
  suspected_breaches: SuspectedBreachRow;
  report_settings: ReportSettingsRow;
  retention_periods: RetentionPeriodRow;
}

/** Added by 0017-data-protection. */
export interface SuspectedBreachRow {
  id: string;
  child_id: string;
  panel_id: string | null;
  what_happened: string;
  discovered_on: string;
  reported_by: string;
  period_from: string;
  period_to: string;
  recorded_by_id: string;
  recorded_at: string;
}

/** Added by 0019-report-settings: one row, id 'reports'. */
export interface ReportSettingsRow {
  id: string;
  suppression_threshold: number;
}

/** Added by 0018-retention to the records it anonymises: null until the record is anonymised. */
export type Anonymisable<Row> = Row & { anonymised_at: Generated<string | null> };

/** Added by 0018-retention: one row a kind of record whose period the administrator set. */
export interface RetentionPeriodRow {
  kind: string;
  months: number;
}

/** Added by 0016-cin-reviews. `open_key` is "panel:child" while the plan is open, else null. */
export interface CinPlanRow {
  id: string;
  panel_id: string;
  child_id: string;
  started_on: string;
  longer_support: number;
  named_person_ids: string;
  last_reviewed_on: string | null;
  next_review_due: string | null;
  state: string;
  version: number;
  open_key: string | null;
}

export interface CinReviewRow {
  id: string;
  plan_id: string;
  due_on: string;
  reviewed_on: string;
  outcome: string;
  reasons: string;
  next_review_on: string | null;
  exceptional_reason: string | null;
  recorded_by_id: string;
  recorded_at: string;
}

/** `open_key` is the plan id until the request is done, else null. */
export interface CinEarlyReviewRow {
  id: string;
  plan_id: string;
  panel_id: string;
  child_id: string;
  reason: string;
  requested_by_id: string;
  requested_at: string;
  state: string;
  meeting_id: string | null;
  open_key: string | null;
}

export interface CinConsultationRow {
  id: string;
  plan_id: string;
  panel_id: string;
  child_id: string;
  role: string;
  person_id: string;
  created_at: string;
}

export interface CinReviewConsulteesRow {
  panel_id: string;
  practice_manager_id: string | null;
  safeguarding_service_manager_id: string | null;
}

/** Added by 0012-send-windows: a conversation's recent sends, a JSON array of epoch ms. */
export interface SendWindowRow {
  conversation_id: string;
  sent_at_ms: string;
}

export interface PersonRow {
  id: string;
  display_name: string;
  email: string;
  email_lower: string;
  job_title: string;
  agency: string;
  entra_object_id: string | null;
  organisation: string;
  /** 0 or 1; added by 0007-closure-days with 0 for everyone. */
  administrator: number;
  /** 0 or 1; added by 0017-data-protection with 0 for everyone. */
  data_protection_officer: number;
}

export interface ClosureDayRow {
  date: string;
  reason: string;
}

export interface PanelRow {
  id: string;
  name: string;
  preset: string;
  code: string;
  area: string;
  settings: string;
}

export interface PanelMemberRow {
  panel_id: string;
  person_id: string;
  roles: string;
  agency: string;
}

export interface ChildRow {
  id: string;
  given_name: string;
  family_name: string;
  match_key: string;
  date_of_birth: string;
  school: string;
  locality: string;
  looked_after: number;
}

export interface ReferralRow {
  id: string;
  panel_id: string;
  reference: string | null;
  state: string;
  child_id: string;
  referrer_id: string;
  urgency: string;
  form: string;
  meeting_id: string | null;
  retrospective: number;
  created_at: string;
  updated_at: string;
  version: number;
  history: string;
}

export interface ReferralVersionRow {
  referral_id: string;
  number: number;
  form: string;
  question: string;
  returned_at: string;
  returned_by_id: string;
  answer: string;
  resubmitted_at: string;
}

export interface ReferenceCounterRow {
  panel_id: string;
  year: number;
  n: number;
}

export interface MeetingRow {
  id: string;
  panel_id: string;
  starts_at: string;
  ends_at: string;
  state: string;
  calendar_event_id: string | null;
  join_url: string | null;
  organiser: string | null;
  event_by: string | null;
}

export interface AgendaItemRow {
  id: string;
  meeting_id: string;
  position: number;
  source: string;
  title: string;
  referral_id: string | null;
  child_id: string | null;
  slot_minutes: number | null;
  presenter_id: string | null;
  invited_person_ids: string;
}

export interface MonthlyRatingRow {
  panel_id: string;
  child_id: string;
  month: string;
  rated_by_id: string;
  /** JSON: the areas rated so far (all five once complete). */
  areas: string;
  /** 0 or 1; added by 0013-monthly-tracker with 1 for the entries before it. */
  complete: number;
  submitted_at: string | null;
}

export interface TrackedYoungPersonRow {
  panel_id: string;
  child_id: string;
  worker_id: string;
  team: string;
}

export interface AuditLogRow {
  seq: Generated<number>;
  id: string;
  at: string;
  actor_id: string;
  action: string;
  subject_type: string;
  subject_id: string;
  child_id: string | null;
  channel: string;
  origin: string | null;
  correlation_id: string | null;
  detail: string | null;
}

export interface OutboxRow {
  seq: Generated<number>;
  id: string;
  kind: string;
  recipient: string;
  payload: string;
  created_at: string;
  attempts: number;
  not_before: string;
  delivered_at: string | null;
  last_error: string | null;
}

export interface IdempotencyKeyRow {
  key: string;
  scope: string;
  result: string;
  created_at: string;
}

export interface ConversationReferenceRow {
  key: string;
  reference: string;
}

export interface MeetingRoomRow {
  meeting_id: string;
  started_at: string;
  started_by_id: string;
}

export interface AttendanceRow {
  meeting_id: string;
  person_id: string;
  status: string;
  marked_by_id: string;
  marked_at: string;
}

export interface VoteQuestionRow {
  id: string;
  meeting_id: string;
  agenda_item_id: string;
  kind: string;
  areas: string;
  state: string;
  opened_by_id: string;
  opened_at: string;
  closed_at: string | null;
}

export interface VoteRow {
  question_id: string;
  voter_id: string;
  choice: string;
  reason: string | null;
  cast_at: string;
}

export interface DecisionRow {
  id: string;
  question_id: string | null;
  meeting_id: string;
  agenda_item_id: string;
  referral_id: string | null;
  outcome: string;
  reasons: string;
  decided_at: string;
  decided_by_ids: string;
  review_date: string | null;
  votes: string;
  dissent: string;
  casting_outcome: number;
  /** Added by 0014-decisions-and-actions. */
  kind: Generated<string>;
  child_id: string | null;
  /** JSON `ResourceDecision`, or null. */
  resource: string | null;
}

export interface AgreedRatingRow {
  question_id: string;
  meeting_id: string;
  agenda_item_id: string;
  panel_id: string;
  child_id: string;
  ratings: string;
  reasons: string;
  agreed_by_id: string;
  agreed_at: string;
}

export interface CardRefreshRow {
  card_key: string;
  wanted: number;
  rendered: number;
  queued: number;
}

export interface ActionRow {
  id: string;
  meeting_id: string;
  panel_id: string;
  agenda_item_id: string | null;
  owner_id: string;
  description: string;
  due_on: string;
  done: number;
  created_by_id: string;
  created_at: string;
  completed_at: string | null;
  completed_by_id: string | null;
}

export interface UnmetNeedRow {
  id: string;
  panel_id: string;
  meeting_id: string;
  agenda_item_id: string;
  decision_id: string;
  resource: string;
  reference: string;
  recorded_on: string;
}

/** Added by 0020-capacity-refusals: no child column, on purpose. */
export interface CapacityRefusalRow {
  id: string;
  panel_id: string;
  organisation: string;
  service: string;
  reason: string;
  waiting_weeks: number | null;
  refused_on: string;
  locality: string | null;
  recorded_by_id: string;
  recorded_at: string;
}

export interface FamilySharingRow {
  decision_id: string;
  child_id: string | null;
  shared_on: string;
  method: string;
  note: string | null;
  shared_as: string;
  recorded_by_id: string;
  recorded_at: string;
}

/** Added by 0015-minutes: every version of a meeting's minute (content and agreements as JSON). */
export interface MinuteVersionRow {
  meeting_id: string;
  version: number;
  panel_id: string;
  revision: number;
  status: string;
  content: string;
  agreements: string;
  contentious_issues: string;
  edited_by_id: string;
  edited_at: string;
  circulated_at: string | null;
  agreed_by_id: string | null;
  agreed_at: string | null;
  filed_url: string | null;
  filed_item_id: string | null;
  filed_at: string | null;
}

/** Added by 0015-minutes: restricted observations on one child's plan, never in the minute. */
export interface CaseObservationRow {
  id: string;
  meeting_id: string;
  agenda_item_id: string;
  panel_id: string;
  child_id: string;
  text: string;
  recorded_by_id: string;
  recorded_at: string;
  filed_url: string | null;
  filed_at: string | null;
}

export interface AgendaRecordRow {
  meeting_id: string;
  version: number;
  published_at: string | null;
  published_fingerprint: string | null;
}

export interface PaperRow {
  id: string;
  agenda_item_id: string;
  file_name: string;
  content_type: string | null;
  size: number;
  site_id: string;
  drive_item_id: string;
  path: string;
  web_url: string;
  uploaded_by_id: string;
  uploaded_at: string;
  late: number;
}

export interface PaperReadRow {
  paper_id: string;
  person_id: string;
  first_read_at: string;
}

export interface PanelLibraryRow {
  panel_id: string;
  site_id: string;
}
