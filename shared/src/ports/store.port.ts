import type { ConversationKey } from "../conversations/conversation-key.js";
import type { RateWindow } from "../conversations/send-windows.js";
import type { AuditEntry, OutboxMessage } from "../model/audit.js";
import type { SuspectedBreach } from "../model/suspected-breach.js";
import type {
  CinPlan,
  CinReview,
  ConsultationTask,
  EarlyReviewRequest,
  ReviewConsultees,
} from "../model/cin-review.js";
import type { ClosureDay } from "../model/closure-day.js";
import type {
  AgendaItem,
  AgendaRecord,
  Attendance,
  Meeting,
  MeetingRoom,
  Paper,
  PaperRead,
} from "../model/meeting.js";
import type { CaseObservation, MinuteVersion } from "../model/minute.js";
import type { Panel, PanelMembership, PanelSettings } from "../model/panel.js";
import type { Child, Person } from "../model/people.js";
import type { ActionItem } from "../model/action.js";
import type { Decision, FamilySharing, UnmetNeed } from "../model/decision.js";
import type { AgreedRating, MonthlyRating, Vote, VoteQuestion } from "../model/rating.js";
import type { TrackedYoungPerson, TrackedYoungPersonView, TrackerEntry } from "../model/tracker.js";
import type { Referral, ReferralState } from "../model/referral.js";
import type { ReferralVersion } from "../model/referral-version.js";
import type {
  PlacementCountRow,
  ListedCountRow,
  RedCountRow,
  ReferralCountRow,
  ReferralReasonRow,
  TimeOnListRow,
  ReportRange,
  ReviewCountRow,
  UnmetNeedCountRow,
  CapacityRefusalCountRow,
} from "../reports/report-rows.js";
import type { CapacityRefusal } from "../model/capacity-refusal.js";
import type { RetentionKind, RetentionPeriods } from "../model/retention.js";

/**
 * The persistence port. Every use case runs in one `transaction`: all its writes land together or not at
 * all; a use case that only reads runs in `read`. Adapters: `server/src/store/` (SQLite and PostgreSQL through
 * Kysely) and `shared/src/testing/` (in memory).
 */
export interface Store {
  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T>;
  /**
   * For use cases that only read: one consistent snapshot that neither takes nor waits for the write lock.
   * A write inside `work` is refused (it throws).
   */
  read<T>(work: (tx: StoreTx) => Promise<T>): Promise<T>;
}

export interface StoreTx {
  people: PeopleRepository;
  panels: PanelRepository;
  children: ChildRepository;
  referrals: ReferralRepository;
  referralVersions: ReferralVersionRepository;
  meetings: MeetingRepository;
  agenda: AgendaRepository;
  agendaRecords: AgendaRecordRepository;
  papers: PaperRepository;
  panelLibraries: PanelLibraryRepository;
  ratings: RatingRepository;
  meetingRooms: MeetingRoomRepository;
  votes: VoteRepository;
  actions: ActionRepository;
  unmetNeed: UnmetNeedRepository;
  capacityRefusals: CapacityRefusalRepository;
  familySharing: FamilySharingRepository;
  cardRefreshes: CardRefreshes;
  caseload: CaseloadRepository;
  audit: AuditLog;
  outbox: Outbox;
  idempotency: IdempotencyKeys;
  conversations: ConversationReferences;
  sendWindows: SendWindows;
  closureDays: ClosureDayRepository;
  cinReviews: CinReviewRepository;
  minutes: MinuteRepository;
  caseObservations: CaseObservationRepository;
  breaches: SuspectedBreachRepository;
  reports: ReportRepository;
  retention: RetentionRepository;
}

export interface PeopleRepository {
  get(id: string): Promise<Person | null>;
  /** The people with these ids, in one read (a card naming 60 voters is one query, not 60); unknown ids left out. */
  getMany(ids: readonly string[]): Promise<Person[]>;
  findByEmail(email: string): Promise<Person | null>;
  findByEntraObjectId(objectId: string): Promise<Person | null>;
  list(): Promise<Person[]>;
  upsert(person: Person): Promise<void>;
}

/** The organisation's closure days (one list for the deployment), set a year at a time. */
export interface ClosureDayRepository {
  /** The closure days from `from` to `to` (YYYY-MM-DD, both included), earliest first. */
  between(from: string, to: string): Promise<ClosureDay[]>;
  /** Replaces every closure day of `year` with `days`; throws, writing nothing, when a day is in another year. */
  replaceYear(year: number, days: readonly ClosureDay[]): Promise<void>;
}

export interface PanelRepository {
  get(id: string): Promise<Panel | null>;
  list(): Promise<Panel[]>;
  upsert(panel: Panel): Promise<void>;
  updateSettings(panelId: string, settings: PanelSettings): Promise<void>;
  members(panelId: string): Promise<PanelMembership[]>;
  membershipsOf(personId: string): Promise<PanelMembership[]>;
  /** Replaces the panel's membership list. */
  setMembers(panelId: string, members: PanelMembership[]): Promise<void>;
}

/** One record a child: names compare by `childMatchKey`, with the date of birth. */
export interface ChildRepository {
  get(id: string): Promise<Child | null>;
  /** The record for the same name and date of birth, if any. */
  findMatch(givenName: string, familyName: string, dateOfBirth: string): Promise<Child | null>;
  /**
   * The record for the child's name and date of birth: the existing one, else `child`, inserted. Two
   * transactions doing this at once for the same new child end with one record, and both get its id.
   */
  findOrInsert(child: Child): Promise<Child>;
  /**
   * Makes every other transaction that locks the same name and date of birth wait until this one ends,
   * whether or not the child has a record yet; what they read afterwards includes what this one wrote.
   * Take it before a check on the child's referrals that decides a write (the ISG rule).
   */
  lockMatch(givenName: string, familyName: string, dateOfBirth: string): Promise<void>;
  /** Inserts a new record; throws when one exists for the same name and date of birth. */
  insert(child: Child): Promise<void>;
}

export interface ReferralQuery {
  panelId?: string;
  referrerId?: string;
  childId?: string;
  states?: readonly ReferralState[];
}

/**
 * The orders a list of referrals is paged in: `screening` is urgent first, then least recently changed, then
 * id; `recent` is most recently changed first, then id (descending).
 */
export type ReferralListOrder = "screening" | "recent";

/** Where a page ended: its last row's sort key (`urgent` counts only in the `screening` order). */
export interface ReferralPageKey {
  urgent: boolean;
  updatedAt: string;
  id: string;
}

export interface ReferralSummaryPageQuery {
  /** Referrals on any of these panels; an empty list matches nothing. */
  panelIds?: readonly string[];
  referrerId?: string;
  /** An empty list matches nothing. */
  states?: readonly ReferralState[];
  order: ReferralListOrder;
  /** Only rows after this key in `order`; null for the first page. */
  after: ReferralPageKey | null;
  limit: number;
}

/** A referral with what its non-identifying summary needs: its panel's name and the child's date of birth. */
export interface ReferralSummaryRow {
  referral: Pick<Referral, "id" | "reference" | "panelId" | "state" | "urgency" | "form" | "updatedAt">;
  /** Null when the panel is missing. */
  panelName: string | null;
  /** Null when the referral has no child record (a draft). */
  childDateOfBirth: string | null;
}

export interface ReferralRepository {
  get(id: string): Promise<Referral | null>;
  findByReference(panelId: string, reference: string): Promise<Referral | null>;
  list(query: ReferralQuery): Promise<Referral[]>;
  /** One page of referrals in `query.order`, each joined with its panel and child, in one query. */
  summaryPage(query: ReferralSummaryPageQuery): Promise<ReferralSummaryRow[]>;
  insert(referral: Referral): Promise<void>;
  /**
   * Writes the referral when the stored version still equals `expectedVersion` (the stored version then
   * becomes `referral.version`). Returns false, writing nothing, when someone else wrote it first.
   */
  update(referral: Referral, expectedVersion: number): Promise<boolean>;
  /** The next reference for a panel and year, unique even under concurrent writers, e.g. `ISG-2026-0042`. */
  nextReference(panelId: string, panelCode: string, year: number): Promise<string>;
}

/** Earlier versions of referrals, kept when a returned referral is resubmitted. */
export interface ReferralVersionRepository {
  /** Keeps a version; a second version with the same referral and number is refused (throws). */
  insert(version: ReferralVersion): Promise<void>;
  /** The referral's earlier versions, oldest first. */
  list(referralId: string): Promise<ReferralVersion[]>;
}

export interface MeetingRepository {
  get(id: string): Promise<Meeting | null>;
  listByPanel(panelId: string): Promise<Meeting[]>;
  /** Planned meetings of the panel starting after `afterIso`, soonest first. */
  upcoming(panelId: string, afterIso: string): Promise<Meeting[]>;
  /** Planned meetings of every panel that ended before `beforeIso`, earliest end first. */
  plannedEndedBefore(beforeIso: string): Promise<Meeting[]>;
  /**
   * Marks a planned meeting held. False, changing nothing, when it is no longer planned: cancelled meanwhile,
   * or marked by another instance's transaction (which this one waits for).
   */
  markHeld(id: string): Promise<boolean>;
  insert(meeting: Meeting): Promise<void>;
  update(meeting: Meeting): Promise<void>;
}

export interface AgendaRepository {
  get(id: string): Promise<AgendaItem | null>;
  listForMeeting(meetingId: string): Promise<AgendaItem[]>;
  /** Every agenda item about the child, on any meeting, by id. */
  listForChild(childId: string): Promise<AgendaItem[]>;
  insert(item: AgendaItem): Promise<void>;
  update(item: AgendaItem): Promise<void>;
}

export interface AgendaRecordRepository {
  /** Null while the agenda was never changed nor published (its version is then 0). */
  get(meetingId: string): Promise<AgendaRecord | null>;
  /**
   * Moves the agenda's version from `expectedVersion` to the next. Returns false, writing nothing, when the
   * version is no longer `expectedVersion`: of two transactions advancing from the same version, one wins.
   */
  advance(meetingId: string, expectedVersion: number): Promise<boolean>;
  markPublished(meetingId: string, publishedAt: string, fingerprint: string): Promise<void>;
}

export interface PaperRepository {
  get(id: string): Promise<Paper | null>;
  /** Papers of these agenda items, oldest first. */
  listForItems(agendaItemIds: readonly string[]): Promise<Paper[]>;
  /**
   * Files the paper's record. When the item already has a paper at the same library path (the same file
   * replaced, or a retry), that record is updated instead, keeping its id; returns the stored record.
   */
  upsert(paper: Paper): Promise<{ paper: Paper; replaced: boolean }>;
  /** Keeps the first time the person opened the paper; a later open changes nothing. */
  recordRead(read: PaperRead): Promise<void>;
  readsOf(paperIds: readonly string[]): Promise<PaperRead[]>;
}

/** The SharePoint site whose default library holds a panel's papers. */
export interface PanelLibraryRepository {
  siteOf(panelId: string): Promise<string | null>;
  setSite(panelId: string, siteId: string): Promise<void>;
  /**
   * The panel's restricted site (chair and coordinators only), whose library receives case observations;
   * never the panel's general library. Null until one is set.
   */
  restrictedSiteOf(panelId: string): Promise<string | null>;
  setRestrictedSite(panelId: string, siteId: string): Promise<void>;
}

/** A meeting's minute, every version kept. */
export interface MinuteRepository {
  /** Every version of the meeting's minute, oldest first. */
  versions(meetingId: string): Promise<MinuteVersion[]>;
  get(meetingId: string, version: number): Promise<MinuteVersion | null>;
  /**
   * For each of the panel's meetings starting from `from` (included) to `to` (excluded), ISO instants, the
   * highest agreed version of its minute, in meeting order; a meeting with no agreed version is left out.
   */
  latestAgreedOfPanel(query: { panelId: string; from: string; to: string }): Promise<MinuteVersion[]>;
  /**
   * Adds a version; false, writing nothing, when the meeting already has it (also when a concurrent
   * transaction adds it first: the insert waits for it, then declines).
   */
  insert(minute: MinuteVersion): Promise<boolean>;
  /**
   * Writes the version when its stored revision is still `expectedRevision` (the stored revision then becomes
   * `minute.revision`). False, writing nothing, when someone else wrote it first.
   */
  update(minute: MinuteVersion, expectedRevision: number): Promise<boolean>;
  /** Records where the version was filed; leaves its revision alone. */
  markFiled(
    meetingId: string,
    version: number,
    filed: { webUrl: string; itemId: string; at: string },
  ): Promise<void>;
}

/** What was said about one child's plan at a case item: restricted, never in the minute. */
export interface CaseObservationRepository {
  insert(observation: CaseObservation): Promise<void>;
  get(id: string): Promise<CaseObservation | null>;
  /** The meeting's observations, oldest first. */
  ofMeeting(meetingId: string): Promise<CaseObservation[]>;
  /** Every observation on the child's record, on any panel, oldest first. */
  ofChild(childId: string): Promise<CaseObservation[]>;
  markFiled(id: string, filedUrl: string, filedAt: string): Promise<void>;
}

export interface RatingRepository {
  /** Replaces the entry for the same panel, child and month with a complete one. */
  upsert(rating: MonthlyRating): Promise<void>;
  /** Complete entries only (a part-saved month is not a rating yet), oldest month first. */
  listForPanel(panelId: string): Promise<MonthlyRating[]>;
  /** Complete entries only, oldest month first. */
  listForChild(panelId: string, childId: string): Promise<MonthlyRating[]>;
  /** Writes a tracker entry, part-saved or complete, replacing the one for the same panel, child and month. */
  upsertEntry(entry: TrackerEntry): Promise<void>;
  /** The entry for one young person and month, part-saved or complete. */
  entry(panelId: string, childId: string, month: string): Promise<TrackerEntry | null>;
  /**
   * Entries of the panel from `fromMonth` to `toMonth` (YYYY-MM, both included), part-saved or complete,
   * ordered by month then child id; with `workerId`, only young people on that worker's caseload.
   */
  entriesBetween(
    panelId: string,
    fromMonth: string,
    toMonth: string,
    options?: { workerId?: string },
  ): Promise<TrackerEntry[]>;
}

/** Who rates which young person on a High Risk Panel's tracker. */
export interface CaseloadRepository {
  /** Adds the young person to the panel's tracker, or moves them to another worker or team. */
  upsert(tracked: TrackedYoungPerson): Promise<void>;
  get(panelId: string, childId: string): Promise<TrackedYoungPersonView | null>;
  /**
   * The panel's tracked young people joined with their child record and worker, in one query, ordered by
   * child id; with `workerId`, that worker's only.
   */
  listForPanel(panelId: string, options?: { workerId?: string }): Promise<TrackedYoungPersonView[]>;
  /** The panels on whose tracker the person rates at least one young person. */
  panelsOfWorker(workerId: string): Promise<string[]>;
}

/** A plan with its child's name and date of birth, read in one query. */
export interface CinPlanView extends CinPlan {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
}

/** Child in Need plans under review (003 3), their reviews, early review requests and consultation tasks. */
export interface CinReviewRepository {
  /** Throws when the child already has an open plan on the panel. */
  insertPlan(plan: CinPlan): Promise<void>;
  getPlan(id: string): Promise<CinPlan | null>;
  /** The panel's plans with their children, open ones first, then by next review due, then id. */
  listPlans(panelId: string): Promise<CinPlanView[]>;
  /** Open plans of every panel, by id (for the daily checks). */
  openPlans(): Promise<CinPlan[]>;
  /** Writes the plan when its stored version is `expectedVersion`; false, writing nothing, otherwise. */
  updatePlan(plan: CinPlan, expectedVersion: number): Promise<boolean>;
  /** False, writing nothing, when the plan already has a review for the same due date. */
  insertReview(review: CinReview): Promise<boolean>;
  /** The plan's reviews, latest review first. */
  reviewsOf(planId: string): Promise<CinReview[]>;
  /** False, writing nothing, when the plan already has a request not yet done (pending or listed). */
  insertEarlyRequest(request: EarlyReviewRequest): Promise<boolean>;
  /** The panel's requests in these states, oldest first. */
  earlyRequests(
    panelId: string,
    states: readonly EarlyReviewRequest["state"][],
  ): Promise<EarlyReviewRequest[]>;
  updateEarlyRequest(request: EarlyReviewRequest): Promise<void>;
  /** False, writing nothing, when the plan already has a task for the same role. */
  insertConsultation(task: ConsultationTask): Promise<boolean>;
  /** The panel's consultation tasks, oldest first. */
  consultations(panelId: string): Promise<ConsultationTask[]>;
  consultees(panelId: string): Promise<ReviewConsultees | null>;
  setConsultees(consultees: ReviewConsultees): Promise<void>;
}

/** Meetings started in their chat, and who is there. */
export interface MeetingRoomRepository {
  get(meetingId: string): Promise<MeetingRoom | null>;
  /** Records the start; false, changing nothing, when the meeting was already started. */
  start(room: MeetingRoom): Promise<boolean>;
  /** One row a person: a later mark replaces theirs. */
  markAttendance(attendance: Attendance): Promise<void>;
  attendance(meetingId: string): Promise<Attendance[]>;
}

/** Rating rounds and decision votes, the votes cast, and what the chair recorded when each closed. */
export interface VoteRepository {
  insertQuestion(question: VoteQuestion): Promise<void>;
  getQuestion(id: string): Promise<VoteQuestion | null>;
  /**
   * The question, locked until this transaction ends (PostgreSQL: a row lock). `exclusive` (reveal, close)
   * waits for every other lock on it and makes every other wait; `shared` (a cast) waits only for an exclusive
   * one, so votes do not queue behind each other, yet a vote never lands after the question closed.
   */
  lockQuestion(id: string, mode: "shared" | "exclusive"): Promise<VoteQuestion | null>;
  questionsOfMeeting(meetingId: string): Promise<VoteQuestion[]>;
  /** Moves the question's state (and closing time); false, writing nothing, when it was not in `from`. */
  setState(id: string, from: VoteQuestion["state"], to: VoteQuestion["state"], at: string): Promise<boolean>;
  /** One vote per voter per question: a second cast replaces the first, also when two arrive at once. */
  cast(vote: Vote): Promise<void>;
  votesOn(questionId: string): Promise<Vote[]>;
  /** Throws when the question already has a decision. */
  insertDecision(decision: Decision): Promise<void>;
  /**
   * A decision recorded without a vote (`questionId` null): false, writing nothing, when its item already has
   * one, also when two are recorded at once (the second waits for the first, then finds it).
   */
  insertRecordedDecision(decision: Decision): Promise<boolean>;
  decisionOf(questionId: string): Promise<Decision | null>;
  /** The decisions on any of these agenda items (with or without a vote), oldest first. */
  decisionsOfItems(agendaItemIds: readonly string[]): Promise<Decision[]>;
  /** Every decision about the child, on any panel, oldest first. */
  decisionsOfChild(childId: string): Promise<Decision[]>;
  /** Throws when the question already has an agreed rating. */
  insertAgreedRating(rating: AgreedRating): Promise<void>;
  agreedRatingOf(questionId: string): Promise<AgreedRating | null>;
  /** The child's agreed ratings on the panel, oldest first. */
  agreedRatingsOf(panelId: string, childId: string): Promise<AgreedRating[]>;
  /** Every decision made at the meeting, in the order made (then by id). */
  decisionsOfMeeting(meetingId: string): Promise<Decision[]>;
}

/** Actions agreed at meetings (owner, due date), carried forward until done. */
export interface ActionRepository {
  /** Throws when the id exists. */
  insert(action: ActionItem): Promise<void>;
  get(id: string): Promise<ActionItem | null>;
  /** Marks the action done; false, writing nothing, when it was already done (or is unknown). */
  complete(id: string, completedById: string, at: string): Promise<boolean>;
  /** The meeting's actions, by due date then id. */
  listForMeeting(meetingId: string): Promise<ActionItem[]>;
  /** The actions on any of these agenda items, by due date then id. */
  listForItems(agendaItemIds: readonly string[]): Promise<ActionItem[]>;
  /** Actions not yet done from any meeting of the panel, by due date then id. */
  openForPanel(panelId: string): Promise<ActionItem[]>;
}

/** Third-sector capacity refusals (002 Appendix 2): counts of unmet need, never a child. */
export interface CapacityRefusalRepository {
  insert(refusal: CapacityRefusal): Promise<void>;
  get(id: string): Promise<CapacityRefusal | null>;
  /** The panel's latest `limit`, most recently refused first (then most recently recorded). */
  listRecentForPanel(panelId: string, limit: number): Promise<CapacityRefusal[]>;
}

/** The unmet need register (000 4c): resources agreed but not available. */
export interface UnmetNeedRepository {
  /** Throws when the decision already has an entry. */
  insert(need: UnmetNeed): Promise<void>;
  /** The panel's register, most recent first (then id). */
  listForPanel(panelId: string): Promise<UnmetNeed[]>;
}

/** When and how each decision was shared with the family (002 A 6.6). */
export interface FamilySharingRepository {
  /** Throws when the decision's sharing is already recorded. */
  insert(sharing: FamilySharing): Promise<void>;
  ofDecisions(decisionIds: readonly string[]): Promise<FamilySharing[]>;
}

/**
 * Coalesced card updates. The first change to a posted card while no update is queued bumps its `wanted`
 * version and asks the caller to enqueue one; later changes ride on that update. The deliverer `take`s the
 * request (unqueuing it), which waits for the changes in flight, then reads what the card shows: a change
 * committed after the take queues a new update, so at most one update waits per card, and the last state is
 * always rendered.
 */
export interface CardRefreshes {
  /** Asks for the card's update; `enqueue` is true when none was queued (one now is, at a new version). */
  want(cardKey: string): Promise<{ version: number; enqueue: boolean }>;
  /** Unqueues the card's update; the versions as they stand, or null for a card never wanted. */
  take(cardKey: string): Promise<{ wanted: number; rendered: number } | null>;
  /** Records that the card shows `version` (never moves backwards). */
  markRendered(cardKey: string, version: number): Promise<void>;
}

/** Suspected breaches of confidentiality recorded against children's records (004 Confidentiality). */
export interface SuspectedBreachRepository {
  /** Throws when the id exists. */
  insert(breach: SuspectedBreach): Promise<void>;
  /** The child's breaches, most recently recorded first (then id). */
  ofChild(childId: string): Promise<SuspectedBreach[]>;
}

/** A record past its retention period, not yet anonymised. */
export interface ExpiredRecord {
  id: string;
  childId: string | null;
}

/**
 * Retention periods, and the writes that anonymise a record once it is past its period. Each write changes
 * only a record not yet anonymised and says whether it did, so two runs at once anonymise each record once.
 */
export interface RetentionRepository {
  /** The periods set so far; a kind never set is missing (its default applies). */
  periods(): Promise<Partial<RetentionPeriods>>;
  setPeriods(periods: RetentionPeriods): Promise<void>;
  /**
   * Makes every other transaction that takes it wait until this one ends (PostgreSQL: an advisory lock;
   * SQLite has one writer already), so a second service instance's run starts after the first's commit.
   */
  lockRun(): Promise<void>;
  /**
   * Up to `limit` records of the kind whose end is before `beforeIso` and not yet anonymised, by id: closed,
   * declined or decided referrals by their last change; case observations by when they were recorded; minute
   * versions (id `meetingId/version`) by their meeting's start; delivered messages by delivery.
   */
  expired(kind: RetentionKind, beforeIso: string, limit: number): Promise<ExpiredRecord[]>;
  /**
   * Replaces the referral's form and history with `anonymised`, clears its earlier versions' answers, its
   * decisions' reasons and dissent, its family sharing notes, and for its agenda items the votes' reasons, the
   * actions' descriptions and the minutes' notes, decision reasons and those actions; marks it anonymised at
   * `atIso`. False, writing nothing, when it already was.
   */
  anonymiseReferral(
    id: string,
    anonymised: Pick<Referral, "form" | "history">,
    atIso: string,
  ): Promise<boolean>;
  /**
   * Removes the child's name, school and locality, keeps only the year of birth, and marks the record
   * anonymised; only when every referral of the child is anonymised and the child has no open plan nor a
   * place on a tracker. With it goes what was written about the child anywhere else: for every agenda item
   * about them (or one of their referrals) what `anonymiseReferral` clears for its items, every decision's
   * reasons, dissent and family sharing note, agreed ratings' reasons, and their CIN plans' review reasons
   * and early review requests' reasons. Dates, outcomes, ratings, resources and counts stay, so the reports
   * read the same. False, writing nothing, otherwise or when it already was.
   */
  anonymiseChild(id: string, atIso: string): Promise<boolean>;
  /**
   * Removes the names from the minute version's agreements (relationship, agreement and date kept) and its
   * contentious issues, and marks it anonymised; `id` is `meetingId/version`. False when it already was.
   */
  anonymiseMinute(id: string, atIso: string): Promise<boolean>;
  /** Clears the observation's text and marks it anonymised; false when it already was. */
  anonymiseObservation(id: string, atIso: string): Promise<boolean>;
  /** Empties a delivered message's payload; false when it was already empty. */
  purgeDeliveredMessage(id: string): Promise<boolean>;
}

export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  /** Appends many entries in a few statements (a view of a whole tracker audits one entry per child). */
  appendMany(entries: readonly AuditEntry[]): Promise<void>;
  list(query: { subjectId?: string; childId?: string; actorId?: string }): Promise<AuditEntry[]>;
  /**
   * The child's entries written at or after `from` and before `to` (ISO date-times), oldest first, at most
   * `limit` of them: who saw this child's record in a period (004 Confidentiality).
   */
  listForChild(childId: string, from: string, to: string, limit: number): Promise<AuditEntry[]>;
}

export interface Outbox {
  enqueue(message: OutboxMessage): Promise<void>;
  /** Undelivered messages whose `notBefore` has passed, oldest first. */
  due(nowIso: string, limit: number): Promise<OutboxMessage[]>;
  /**
   * Claims due messages for delivery: as `due`, and moves their `notBefore` to `leaseUntilIso` in the same
   * transaction, so another service instance does not deliver them too. A claim that is never marked
   * delivered or failed (the instance stopped) lapses at the end of the lease.
   */
  claimDue(nowIso: string, limit: number, leaseUntilIso: string): Promise<OutboxMessage[]>;
  markDelivered(id: string, atIso: string): Promise<void>;
  /** Makes the recipient's undelivered messages due at `nowIso`: they have just become reachable. */
  retryNow(recipient: string, nowIso: string): Promise<void>;
  markFailed(id: string, error: string, retryAtIso: string): Promise<void>;
}

/** A submission's key and the result it produced, so that a second submit returns the first result. */
export interface IdempotencyRecord {
  key: string;
  scope: string;
  result: unknown;
  createdAt: string;
}

export interface IdempotencyKeys {
  get(key: string): Promise<IdempotencyRecord | null>;
  /** Throws `IdempotencyKeyTaken` when the key exists, including when a concurrent transaction holds it. */
  put(record: IdempotencyRecord): Promise<void>;
}

export class IdempotencyKeyTaken extends Error {
  constructor(readonly key: string) {
    super("Idempotency key already used");
    this.name = "IdempotencyKeyTaken";
  }
}

/**
 * Where to reach a person or a panel's channel proactively (a Bot Framework conversation reference), and
 * what Convenor keeps about a conversation (which panel it is linked to, a posted card's activity id).
 */
export interface ConversationReferences {
  get(key: ConversationKey): Promise<Record<string, unknown> | null>;
  put(key: ConversationKey, reference: Record<string, unknown>): Promise<void>;
}

/**
 * The recent sends to each Teams conversation, shared by every service instance, so that together they keep
 * within Teams' per-conversation limits. Reservations for one conversation are serialised.
 */
export interface SendWindows {
  /**
   * When one more send at `nowMs` fits every window: records it and returns 0. Otherwise returns how many ms
   * until it would fit, recording nothing. Sends older than the longest window are forgotten.
   */
  reserve(conversationId: string, nowMs: number, windows: readonly RateWindow[]): Promise<number>;
}

/** Counts for the panel reports, each one aggregate query (GROUP BY), ordered by month then the other keys. */
export interface ReportRepository {
  referralCounts(range: ReportRange): Promise<ReferralCountRow[]>;
  referralReasons(range: ReportRange): Promise<ReferralReasonRow[]>;
  reviewCounts(range: ReportRange): Promise<ReviewCountRow[]>;
  unmetNeedCounts(range: ReportRange): Promise<UnmetNeedCountRow[]>;
  /** Third-sector capacity refusals per month (of the refusal) and reason. */
  capacityRefusalCounts(range: ReportRange): Promise<CapacityRefusalCountRow[]>;
  /** Agreed resource requests for an ISG purchased placement. */
  placementCounts(range: ReportRange): Promise<PlacementCountRow[]>;
  /** Complete tracker ratings only; areas in `ragAreas` order, months with no red left out. */
  redCounts(range: ReportRange): Promise<RedCountRow[]>;
  /** The two-reds rule per area (`youngPeopleDueForPanel`), counted per month; months with none left out. */
  listedCounts(range: ReportRange): Promise<ListedCountRow[]>;
  timeOnList(range: ReportRange): Promise<TimeOnListRow[]>;
  /** The small-count threshold an administrator set; null when never set (the default applies). */
  suppressionThreshold(): Promise<number | null>;
  setSuppressionThreshold(threshold: number): Promise<void>;
}
