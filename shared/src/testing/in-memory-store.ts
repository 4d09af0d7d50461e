/* eslint-disable @typescript-eslint/require-await -- an in-memory adapter of an async port: nothing to await */
import type { AuditEntry, OutboxMessage } from "../model/audit.js";
import type { ClosureDay } from "../model/closure-day.js";
import { childMatchKey } from "../model/child-match-key.js";
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
import type { SuspectedBreach } from "../model/suspected-breach.js";
import type { Panel, PanelMembership } from "../model/panel.js";
import { reserveInWindows } from "../conversations/send-windows.js";
import { validPanelSettings } from "../panels/panel-settings.js";
import type { Child, Person } from "../model/people.js";
import type { ActionItem } from "../model/action.js";
import type { Decision, FamilySharing, UnmetNeed } from "../model/decision.js";
import type { CapacityRefusal } from "../model/capacity-refusal.js";
import type { AgreedRating, MonthlyRating, Vote, VoteQuestion } from "../model/rating.js";
import type { TrackedYoungPerson, TrackerEntry } from "../model/tracker.js";
import type { Referral } from "../model/referral.js";
import type { ReferralVersion } from "../model/referral-version.js";
import { inMemoryReports } from "./in-memory-reports.js";
import { emptyCinReviewState, inMemoryCinReviews, type CinReviewState } from "./in-memory-cin-reviews.js";
import { inMemoryRetention } from "./in-memory-retention.js";
import {
  IdempotencyKeyTaken,
  type IdempotencyRecord,
  type ReferralSummaryPageQuery,
  type Store,
  type StoreTx,
} from "../ports/store.port.js";

interface State {
  people: Map<string, Person>;
  panels: Map<string, Panel>;
  memberships: Map<string, PanelMembership[]>;
  children: Map<string, Child>;
  referrals: Map<string, Referral>;
  referenceCounters: Map<string, number>;
  referralVersions: ReferralVersion[];
  meetings: Map<string, Meeting>;
  agenda: Map<string, AgendaItem>;
  agendaRecords: Map<string, AgendaRecord>;
  papers: Map<string, Paper>;
  paperReads: PaperRead[];
  panelLibraries: Map<string, string>;
  rooms: Map<string, MeetingRoom>;
  attendance: Map<string, Attendance>;
  questions: Map<string, VoteQuestion>;
  votes: Map<string, Vote>;
  decisions: Map<string, Decision>;
  actions: Map<string, ActionItem>;
  unmetNeeds: Map<string, UnmetNeed>;
  capacityRefusals: Map<string, CapacityRefusal>;
  familySharing: Map<string, FamilySharing>;
  agreedRatings: Map<string, AgreedRating>;
  cardRefreshes: Map<string, { wanted: number; rendered: number; queued: boolean }>;
  ratings: Map<string, TrackerEntry>;
  caseload: Map<string, TrackedYoungPerson>;
  audit: AuditEntry[];
  outbox: OutboxMessage[];
  idempotency: Map<string, IdempotencyRecord>;
  conversations: Map<string, Record<string, unknown>>;
  sendWindows: Map<string, number[]>;
  closureDays: Map<string, ClosureDay>;
  cinReviews: CinReviewState;
  restrictedLibraries: Map<string, string>;
  minutes: Map<string, MinuteVersion>;
  caseObservations: Map<string, CaseObservation>;
  breaches: Map<string, SuspectedBreach>;
  reportSettings: Map<string, number>;
  retentionPeriods: Map<string, number>;
  anonymised: Map<string, string>;
}

const emptyState = (): State => ({
  people: new Map(),
  panels: new Map(),
  memberships: new Map(),
  children: new Map(),
  referrals: new Map(),
  referenceCounters: new Map(),
  referralVersions: [],
  meetings: new Map(),
  agenda: new Map(),
  agendaRecords: new Map(),
  papers: new Map(),
  paperReads: [],
  panelLibraries: new Map(),
  ratings: new Map(),
  rooms: new Map(),
  attendance: new Map(),
  questions: new Map(),
  votes: new Map(),
  decisions: new Map(),
  actions: new Map(),
  unmetNeeds: new Map(),
  capacityRefusals: new Map(),
  familySharing: new Map(),
  agreedRatings: new Map(),
  cardRefreshes: new Map(),
  caseload: new Map(),
  audit: [],
  outbox: [],
  idempotency: new Map(),
  conversations: new Map(),
  sendWindows: new Map(),
  closureDays: new Map(),
  cinReviews: emptyCinReviewState(),
  restrictedLibraries: new Map(),
  minutes: new Map(),
  caseObservations: new Map(),
  breaches: new Map(),
  reportSettings: new Map(),
  retentionPeriods: new Map(),
  anonymised: new Map(),
});

const copy = <T>(value: T): T => structuredClone(value);

export interface InMemorySeed {
  people?: Person[];
  panels?: Panel[];
  memberships?: PanelMembership[];
  children?: Child[];
  referrals?: Referral[];
  meetings?: Meeting[];
  agenda?: AgendaItem[];
  closureDays?: ClosureDay[];
}

/**
 * The Store port in memory, for tests in every workspace. Transactions run one at a time on a copy of
 * the data and replace it only when the work completes, so a throw rolls everything back.
 */
export class InMemoryStore implements Store {
  private state = emptyState();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(seed: InMemorySeed = {}) {
    this.seed(seed);
  }

  seed(seed: InMemorySeed): void {
    for (const person of seed.people ?? []) this.state.people.set(person.id, copy(person));
    for (const panel of seed.panels ?? []) this.state.panels.set(panel.id, copy(panel));
    for (const membership of seed.memberships ?? []) {
      const list = this.state.memberships.get(membership.panelId) ?? [];
      this.state.memberships.set(membership.panelId, [...list, copy(membership)]);
    }
    for (const child of seed.children ?? []) this.state.children.set(child.id, copy(child));
    for (const referral of seed.referrals ?? []) this.state.referrals.set(referral.id, copy(referral));
    for (const meeting of seed.meetings ?? []) this.state.meetings.set(meeting.id, copy(meeting));
    for (const item of seed.agenda ?? []) this.state.agenda.set(item.id, copy(item));
    for (const day of seed.closureDays ?? []) this.state.closureDays.set(day.date, copy(day));
  }

  /** A copy of everything committed, for assertions. */
  contents() {
    const state = copy(this.state);
    return {
      referrals: [...state.referrals.values()],
      referralVersions: state.referralVersions,
      children: [...state.children.values()],
      meetings: [...state.meetings.values()],
      agenda: [...state.agenda.values()],
      papers: [...state.papers.values()],
      paperReads: state.paperReads,
      audit: state.audit,
      outbox: state.outbox,
      idempotencyKeys: [...state.idempotency.keys()],
      closureDays: [...state.closureDays.values()].sort((a, b) => a.date.localeCompare(b.date)),
      attendance: [...state.attendance.values()],
      questions: [...state.questions.values()],
      votes: [...state.votes.values()],
      decisions: [...state.decisions.values()],
      actions: [...state.actions.values()],
      unmetNeeds: [...state.unmetNeeds.values()],
      capacityRefusals: [...state.capacityRefusals.values()],
      familySharing: [...state.familySharing.values()],
      agreedRatings: [...state.agreedRatings.values()],
      minutes: [...state.minutes.values()],
      caseObservations: [...state.caseObservations.values()],
      breaches: [...state.breaches.values()],
    };
  }

  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
    const run = async () => {
      const working = copy(this.state);
      const result = await work(transactionOver(working));
      this.state = working;
      return result;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Reads the committed data without waiting for transactions; a write throws, as on a real engine. */
  async read<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
    const snapshot = copy(this.state);
    const before = fingerprint(snapshot);
    const result = await work(transactionOver(snapshot));
    if (fingerprint(snapshot) !== before) throw new Error("A write was attempted in a read-only store.read");
    return result;
  }
}

const fingerprint = (state: State): string =>
  JSON.stringify(Object.values(state).map((part: unknown) => (part instanceof Map ? [...part] : part)));

/** `ReferralRepository.summaryPage` over the referrals, in the same order and with the same keys as SQL. */
function summaryPage(state: State, query: ReferralSummaryPageQuery) {
  const { after } = query;
  const urgentRank = (urgent: boolean) => (urgent ? 0 : 1);
  const compare = (a: Referral, b: { urgent: boolean; updatedAt: string; id: string }): number => {
    const byKey = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    if (query.order === "recent") return -byKey(a.updatedAt, b.updatedAt) || -byKey(a.id, b.id);
    return (
      urgentRank(a.urgency === "urgent") - urgentRank(b.urgent) ||
      byKey(a.updatedAt, b.updatedAt) ||
      byKey(a.id, b.id)
    );
  };
  const keyOf = (r: Referral) => ({ urgent: r.urgency === "urgent", updatedAt: r.updatedAt, id: r.id });
  return [...state.referrals.values()]
    .filter(
      (r) =>
        (query.panelIds === undefined || query.panelIds.includes(r.panelId)) &&
        (query.referrerId === undefined || r.referrerId === query.referrerId) &&
        (query.states === undefined || query.states.includes(r.state)) &&
        (after === null || compare(r, after) > 0),
    )
    .sort((a, b) => compare(a, keyOf(b)))
    .slice(0, query.limit)
    .map((r) => ({
      referral: copy({
        id: r.id,
        reference: r.reference,
        panelId: r.panelId,
        state: r.state,
        urgency: r.urgency,
        form: r.form,
        updatedAt: r.updatedAt,
      }),
      panelName: state.panels.get(r.panelId)?.name ?? null,
      childDateOfBirth: state.children.get(r.childId)?.dateOfBirth ?? null,
    }));
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDecidedAt = (a: Decision, b: Decision) => byId(a.decidedAt, b.decidedAt) || byId(a.id, b.id);
const byDueOn = (a: ActionItem, b: ActionItem) => byId(a.dueOn, b.dueOn) || byId(a.id, b.id);
const ratingKey = (r: Pick<TrackerEntry, "panelId" | "childId" | "month">) =>
  `${r.panelId}:${r.childId}:${r.month}`;
const byMonthThenChild = (a: TrackerEntry, b: TrackerEntry) =>
  byId(a.month, b.month) || byId(a.childId, b.childId);
const asRating = ({ panelId, childId, month, ratedById, areas }: TrackerEntry): MonthlyRating => ({
  panelId,
  childId,
  month,
  ratedById,
  areas: areas as MonthlyRating["areas"],
});

/** A tracked young person joined with their child record and worker, as the SQL join does (none when either is missing). */
function trackedView(state: State, tracked: TrackedYoungPerson) {
  const child = state.children.get(tracked.childId);
  const worker = state.people.get(tracked.workerId);
  if (!child || !worker) return null;
  return copy({
    ...tracked,
    givenName: child.givenName,
    familyName: child.familyName,
    dateOfBirth: child.dateOfBirth,
    lookedAfter: child.lookedAfter,
    workerName: worker.displayName,
  });
}

function transactionOver(state: State): StoreTx {
  const values = <T>(map: Map<string, T>) => [...map.values()].map(copy);
  const childMatch = (givenName: string, familyName: string, dateOfBirth: string) => {
    const key = childMatchKey(givenName, familyName);
    const match = [...state.children.values()].find(
      (c) => childMatchKey(c.givenName, c.familyName) === key && c.dateOfBirth === dateOfBirth,
    );
    return match ?? null;
  };
  return {
    people: {
      get: async (id) => copy(state.people.get(id) ?? null),
      getMany: async (ids) =>
        [...new Set(ids)].flatMap((id) => {
          const person = state.people.get(id);
          return person ? [copy(person)] : [];
        }),
      findByEmail: async (email) =>
        copy([...state.people.values()].find((p) => p.email.toLowerCase() === email.toLowerCase()) ?? null),
      findByEntraObjectId: async (objectId) =>
        copy([...state.people.values()].find((p) => p.entraObjectId === objectId) ?? null),
      list: async () => values(state.people),
      upsert: async (person) => void state.people.set(person.id, copy(person)),
    },
    panels: {
      get: async (id) => copy(state.panels.get(id) ?? null),
      list: async () => values(state.panels),
      upsert: async (panel) =>
        void state.panels.set(panel.id, { ...copy(panel), settings: validPanelSettings(panel.settings) }),
      updateSettings: async (panelId, settings) => {
        const valid = validPanelSettings(settings);
        const panel = state.panels.get(panelId);
        if (!panel) throw new Error(`Panel ${panelId} does not exist`);
        state.panels.set(panelId, { ...panel, settings: valid });
      },
      members: async (panelId) => copy(state.memberships.get(panelId) ?? []),
      membershipsOf: async (personId) =>
        copy([...state.memberships.values()].flat().filter((m) => m.personId === personId)),
      setMembers: async (panelId, members) => void state.memberships.set(panelId, copy(members)),
    },
    children: {
      get: async (id) => copy(state.children.get(id) ?? null),
      findMatch: async (givenName, familyName, dateOfBirth) =>
        copy(childMatch(givenName, familyName, dateOfBirth)),
      findOrInsert: async (child) => {
        const match = childMatch(child.givenName, child.familyName, child.dateOfBirth);
        if (match) return copy(match);
        state.children.set(child.id, copy(child));
        return copy(child);
      },
      // Transactions here run one at a time: nothing else can interleave with the one holding this.
      lockMatch: async () => undefined,
      insert: async (child) => {
        if (state.children.has(child.id)) throw new Error(`Child ${child.id} already exists`);
        if (childMatch(child.givenName, child.familyName, child.dateOfBirth)) {
          throw new Error("A record for this child's name and date of birth already exists");
        }
        state.children.set(child.id, copy(child));
      },
    },
    referrals: {
      get: async (id) => copy(state.referrals.get(id) ?? null),
      findByReference: async (panelId, reference) =>
        copy(
          [...state.referrals.values()].find((r) => r.panelId === panelId && r.reference === reference) ??
            null,
        ),
      list: async (query) =>
        values(state.referrals).filter(
          (r) =>
            (query.panelId === undefined || r.panelId === query.panelId) &&
            (query.referrerId === undefined || r.referrerId === query.referrerId) &&
            (query.childId === undefined || r.childId === query.childId) &&
            (query.states === undefined || query.states.includes(r.state)),
        ),
      summaryPage: async (query) => summaryPage(state, query),
      insert: async (referral) => {
        if (state.referrals.has(referral.id)) throw new Error(`Referral ${referral.id} already exists`);
        const sameReference = [...state.referrals.values()].some(
          (r) => r.reference !== null && r.panelId === referral.panelId && r.reference === referral.reference,
        );
        if (sameReference) throw new Error(`Reference ${referral.reference} is already used on this panel`);
        state.referrals.set(referral.id, copy(referral));
      },
      update: async (referral, expectedVersion) => {
        const stored = state.referrals.get(referral.id);
        if (!stored || stored.version !== expectedVersion) return false;
        state.referrals.set(referral.id, copy(referral));
        return true;
      },
      nextReference: async (panelId, panelCode, year) => {
        const key = `${panelId}:${year}`;
        const next = (state.referenceCounters.get(key) ?? 0) + 1;
        state.referenceCounters.set(key, next);
        return `${panelCode}-${year}-${String(next).padStart(4, "0")}`;
      },
    },
    referralVersions: {
      insert: async (version) => {
        if (
          state.referralVersions.some(
            (v) => v.referralId === version.referralId && v.number === version.number,
          )
        )
          throw new Error(`Referral ${version.referralId} already has a version ${version.number}`);
        state.referralVersions.push(copy(version));
      },
      list: async (referralId) =>
        copy(
          state.referralVersions
            .filter((v) => v.referralId === referralId)
            .sort((a, b) => a.number - b.number),
        ),
    },
    meetings: {
      get: async (id) => copy(state.meetings.get(id) ?? null),
      listByPanel: async (panelId) =>
        values(state.meetings)
          .filter((m) => m.panelId === panelId)
          .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
      upcoming: async (panelId, afterIso) =>
        values(state.meetings)
          .filter((m) => m.panelId === panelId && m.state === "planned" && m.startsAt > afterIso)
          .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
      plannedEndedBefore: async (beforeIso) =>
        values(state.meetings)
          .filter((m) => m.state === "planned" && m.endsAt < beforeIso)
          .sort((a, b) => a.endsAt.localeCompare(b.endsAt) || a.id.localeCompare(b.id)),
      markHeld: async (id) => {
        const meeting = state.meetings.get(id);
        if (meeting?.state !== "planned") return false;
        state.meetings.set(id, { ...meeting, state: "held" });
        return true;
      },
      insert: async (meeting) => void state.meetings.set(meeting.id, copy(meeting)),
      update: async (meeting) => void state.meetings.set(meeting.id, copy(meeting)),
    },
    agenda: {
      get: async (id) => copy(state.agenda.get(id) ?? null),
      listForMeeting: async (meetingId) =>
        values(state.agenda)
          .filter((item) => item.meetingId === meetingId)
          .sort((a, b) => a.position - b.position),
      listForChild: async (childId) =>
        values(state.agenda)
          .filter((item) => item.childId === childId)
          .sort((a, b) => byId(a.id, b.id)),
      insert: async (item) => void state.agenda.set(item.id, copy(item)),
      update: async (item) => void state.agenda.set(item.id, copy(item)),
    },
    agendaRecords: {
      get: async (meetingId) => copy(state.agendaRecords.get(meetingId) ?? null),
      advance: async (meetingId, expectedVersion) => {
        const record = state.agendaRecords.get(meetingId);
        if ((record?.version ?? 0) !== expectedVersion) return false;
        state.agendaRecords.set(meetingId, {
          ...(record ?? { meetingId, publishedAt: null, publishedFingerprint: null }),
          version: expectedVersion + 1,
        });
        return true;
      },
      markPublished: async (meetingId, publishedAt, publishedFingerprint) => {
        const record = state.agendaRecords.get(meetingId) ?? { meetingId, version: 0 };
        state.agendaRecords.set(meetingId, { ...record, publishedAt, publishedFingerprint });
      },
    },
    papers: {
      get: async (id) => copy(state.papers.get(id) ?? null),
      listForItems: async (itemIds) =>
        values(state.papers)
          .filter((paper) => itemIds.includes(paper.agendaItemId))
          .sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt) || a.id.localeCompare(b.id)),
      upsert: async (paper) => {
        const existing = [...state.papers.values()].find(
          (p) => p.agendaItemId === paper.agendaItemId && p.path === paper.path,
        );
        const stored = { ...paper, id: existing?.id ?? paper.id };
        state.papers.set(stored.id, copy(stored));
        return { paper: copy(stored), replaced: existing !== undefined };
      },
      recordRead: async (read) => {
        const seen = state.paperReads.some((r) => r.paperId === read.paperId && r.personId === read.personId);
        if (!seen) state.paperReads.push(copy(read));
      },
      readsOf: async (paperIds) => state.paperReads.filter((r) => paperIds.includes(r.paperId)).map(copy),
    },
    panelLibraries: {
      siteOf: async (panelId) => state.panelLibraries.get(panelId) ?? null,
      setSite: async (panelId, siteId) => void state.panelLibraries.set(panelId, siteId),
      restrictedSiteOf: async (panelId) => state.restrictedLibraries.get(panelId) ?? null,
      setRestrictedSite: async (panelId, siteId) => void state.restrictedLibraries.set(panelId, siteId),
    },
    ratings: {
      upsert: async (rating) =>
        void state.ratings.set(ratingKey(rating), { ...copy(rating), complete: true, submittedAt: null }),
      listForPanel: async (panelId) =>
        values(state.ratings)
          .filter((r) => r.panelId === panelId && r.complete)
          .sort(byMonthThenChild)
          .map(asRating),
      listForChild: async (panelId, childId) =>
        values(state.ratings)
          .filter((r) => r.panelId === panelId && r.childId === childId && r.complete)
          .sort(byMonthThenChild)
          .map(asRating),
      upsertEntry: async (entry) => void state.ratings.set(ratingKey(entry), copy(entry)),
      entry: async (panelId, childId, month) =>
        copy(state.ratings.get(ratingKey({ panelId, childId, month })) ?? null),
      entriesBetween: async (panelId, fromMonth, toMonth, options = {}) =>
        values(state.ratings)
          .filter(
            (r) =>
              r.panelId === panelId &&
              r.month >= fromMonth &&
              r.month <= toMonth &&
              (options.workerId === undefined ||
                state.caseload.get(`${panelId}:${r.childId}`)?.workerId === options.workerId),
          )
          .sort(byMonthThenChild),
    },
    caseload: {
      upsert: async (tracked) =>
        void state.caseload.set(`${tracked.panelId}:${tracked.childId}`, copy(tracked)),
      get: async (panelId, childId) => {
        const tracked = state.caseload.get(`${panelId}:${childId}`);
        return tracked ? trackedView(state, tracked) : null;
      },
      listForPanel: async (panelId, options = {}) =>
        values(state.caseload)
          .filter(
            (t) =>
              t.panelId === panelId && (options.workerId === undefined || t.workerId === options.workerId),
          )
          .sort((a, b) => byId(a.childId, b.childId))
          .map((t) => trackedView(state, t))
          .filter((view) => view !== null),
      panelsOfWorker: async (workerId) =>
        [
          ...new Set(
            values(state.caseload)
              .filter((t) => t.workerId === workerId)
              .map((t) => t.panelId),
          ),
        ].sort(byId),
    },
    meetingRooms: {
      get: async (meetingId) => copy(state.rooms.get(meetingId) ?? null),
      start: async (room) => {
        if (state.rooms.has(room.meetingId)) return false;
        state.rooms.set(room.meetingId, copy(room));
        return true;
      },
      markAttendance: async (attendance) =>
        void state.attendance.set(`${attendance.meetingId}:${attendance.personId}`, copy(attendance)),
      attendance: async (meetingId) =>
        values(state.attendance)
          .filter((a) => a.meetingId === meetingId)
          .sort((a, b) => a.personId.localeCompare(b.personId)),
    },
    votes: {
      insertQuestion: async (question) => {
        if (state.questions.has(question.id)) throw new Error(`Question ${question.id} exists`);
        state.questions.set(question.id, copy(question));
      },
      getQuestion: async (id) => copy(state.questions.get(id) ?? null),
      lockQuestion: async (id) => copy(state.questions.get(id) ?? null),
      questionsOfMeeting: async (meetingId) =>
        values(state.questions)
          .filter((q) => q.meetingId === meetingId)
          .sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.id.localeCompare(b.id)),
      setState: async (id, from, to, at) => {
        const question = state.questions.get(id);
        if (!question || question.state !== from) return false;
        state.questions.set(id, {
          ...question,
          state: to,
          closedAt: to === "closed" ? at : question.closedAt,
        });
        return true;
      },
      cast: async (vote) => void state.votes.set(`${vote.questionId}:${vote.voterId}`, copy(vote)),
      votesOn: async (questionId) =>
        values(state.votes)
          .filter((v) => v.questionId === questionId)
          .sort((a, b) => a.voterId.localeCompare(b.voterId)),
      insertDecision: async (decision) => {
        const key = decision.questionId ?? decision.id;
        if (state.decisions.has(key)) throw new Error(`Question ${key} already has a decision`);
        const recordedTwice =
          decision.questionId === null &&
          values(state.decisions).some(
            (d) => d.questionId === null && d.agendaItemId === decision.agendaItemId,
          );
        if (recordedTwice) throw new Error(`Item ${decision.agendaItemId} already has a recorded decision`);
        state.decisions.set(key, copy(decision));
      },
      insertRecordedDecision: async (decision) => {
        const taken = values(state.decisions).some(
          (d) => d.questionId === null && d.agendaItemId === decision.agendaItemId,
        );
        if (!taken) state.decisions.set(decision.id, copy(decision));
        return !taken;
      },
      decisionOf: async (questionId) => copy(state.decisions.get(questionId) ?? null),
      decisionsOfItems: async (itemIds) =>
        values(state.decisions)
          .filter((d) => itemIds.includes(d.agendaItemId))
          .sort(byDecidedAt),
      decisionsOfChild: async (childId) =>
        values(state.decisions)
          .filter((d) => d.childId === childId)
          .sort(byDecidedAt),
      insertAgreedRating: async (rating) => {
        if (state.agreedRatings.has(rating.questionId)) {
          throw new Error(`Question ${rating.questionId} already has an agreed rating`);
        }
        state.agreedRatings.set(rating.questionId, copy(rating));
      },
      agreedRatingOf: async (questionId) => copy(state.agreedRatings.get(questionId) ?? null),
      agreedRatingsOf: async (panelId, childId) =>
        values(state.agreedRatings)
          .filter((r) => r.panelId === panelId && r.childId === childId)
          .sort((a, b) => a.agreedAt.localeCompare(b.agreedAt) || a.questionId.localeCompare(b.questionId)),
      decisionsOfMeeting: async (meetingId) =>
        values(state.decisions)
          .filter((d) => d.meetingId === meetingId)
          .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.id.localeCompare(b.id)),
    },
    actions: {
      insert: async (action) => {
        if (state.actions.has(action.id)) throw new Error(`Action ${action.id} exists`);
        state.actions.set(action.id, copy(action));
      },
      get: async (id) => copy(state.actions.get(id) ?? null),
      complete: async (id, completedById, at) => {
        const action = state.actions.get(id);
        if (!action || action.done) return false;
        state.actions.set(id, { ...action, done: true, completedAt: at, completedById });
        return true;
      },
      listForMeeting: async (meetingId) =>
        values(state.actions)
          .filter((a) => a.meetingId === meetingId)
          .sort(byDueOn),
      listForItems: async (itemIds) =>
        values(state.actions)
          .filter((a) => a.agendaItemId !== null && itemIds.includes(a.agendaItemId))
          .sort(byDueOn),
      openForPanel: async (panelId) =>
        values(state.actions)
          .filter((a) => a.panelId === panelId && !a.done)
          .sort(byDueOn),
    },
    unmetNeed: {
      insert: async (need) => {
        if (values(state.unmetNeeds).some((n) => n.decisionId === need.decisionId)) {
          throw new Error(`Decision ${need.decisionId} already has an unmet need`);
        }
        state.unmetNeeds.set(need.id, copy(need));
      },
      listForPanel: async (panelId) =>
        values(state.unmetNeeds)
          .filter((n) => n.panelId === panelId)
          .sort((a, b) => -byId(a.recordedOn, b.recordedOn) || byId(a.id, b.id)),
    },
    capacityRefusals: {
      insert: async (refusal) => {
        state.capacityRefusals.set(refusal.id, copy(refusal));
      },
      get: async (id) => copy(state.capacityRefusals.get(id) ?? null),
      listRecentForPanel: async (panelId, limit) =>
        values(state.capacityRefusals)
          .filter((r) => r.panelId === panelId)
          .sort(
            (a, b) =>
              -byId(a.refusedOn, b.refusedOn) || -byId(a.recordedAt, b.recordedAt) || byId(a.id, b.id),
          )
          .slice(0, limit),
    },
    familySharing: {
      insert: async (sharing) => {
        if (state.familySharing.has(sharing.decisionId)) {
          throw new Error(`Decision ${sharing.decisionId} already has its sharing recorded`);
        }
        state.familySharing.set(sharing.decisionId, copy(sharing));
      },
      ofDecisions: async (decisionIds) =>
        values(state.familySharing)
          .filter((s) => decisionIds.includes(s.decisionId))
          .sort((a, b) => byId(a.decisionId, b.decisionId)),
    },
    cardRefreshes: {
      want: async (cardKey) => {
        const current = state.cardRefreshes.get(cardKey) ?? { wanted: 0, rendered: 0, queued: false };
        if (current.queued) return { version: current.wanted, enqueue: false };
        state.cardRefreshes.set(cardKey, { ...current, wanted: current.wanted + 1, queued: true });
        return { version: current.wanted + 1, enqueue: true };
      },
      take: async (cardKey) => {
        const current = state.cardRefreshes.get(cardKey);
        if (!current) return null;
        state.cardRefreshes.set(cardKey, { ...current, queued: false });
        return { wanted: current.wanted, rendered: current.rendered };
      },
      markRendered: async (cardKey, version) => {
        const current = state.cardRefreshes.get(cardKey);
        if (current && current.rendered < version)
          state.cardRefreshes.set(cardKey, { ...current, rendered: version });
      },
    },
    audit: {
      append: async (entry) => void state.audit.push(copy(entry)),
      appendMany: async (entries) => void state.audit.push(...entries.map(copy)),
      list: async (query) =>
        state.audit
          .filter(
            (e) =>
              (query.subjectId === undefined || e.subjectId === query.subjectId) &&
              (query.childId === undefined || e.childId === query.childId) &&
              (query.actorId === undefined || e.actorId === query.actorId),
          )
          .map(copy),
      listForChild: async (childId, from, to, limit) =>
        state.audit
          .map((entry, seq) => ({ entry, seq }))
          .filter(({ entry }) => entry.childId === childId && entry.at >= from && entry.at < to)
          .sort((a, b) => a.entry.at.localeCompare(b.entry.at) || a.seq - b.seq)
          .slice(0, limit)
          .map(({ entry }) => copy(entry)),
    },
    outbox: {
      enqueue: async (message) => void state.outbox.push(copy(message)),
      due: async (nowIso, limit) =>
        state.outbox
          .filter((m) => m.deliveredAt === null && m.notBefore <= nowIso)
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
          .slice(0, limit)
          .map(copy),
      claimDue: async (nowIso, limit, leaseUntilIso) => {
        const claimed = state.outbox
          .filter((m) => m.deliveredAt === null && m.notBefore <= nowIso)
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
          .slice(0, limit);
        for (const message of claimed) message.notBefore = leaseUntilIso;
        return claimed.map(copy);
      },
      retryNow: async (recipient, nowIso) => {
        for (const message of state.outbox) {
          if (message.recipient === recipient && message.deliveredAt === null && message.notBefore > nowIso) {
            message.notBefore = nowIso;
          }
        }
      },
      markDelivered: async (id, atIso) => {
        const message = state.outbox.find((m) => m.id === id);
        if (!message) throw new Error(`No outbox message ${id}`);
        message.deliveredAt = atIso;
      },
      markFailed: async (id, error, retryAtIso) => {
        const message = state.outbox.find((m) => m.id === id);
        if (!message) throw new Error(`No outbox message ${id}`);
        message.attempts += 1;
        message.lastError = error;
        message.notBefore = retryAtIso;
      },
    },
    idempotency: {
      get: async (key) => copy(state.idempotency.get(key) ?? null),
      put: async (record) => {
        if (state.idempotency.has(record.key)) throw new IdempotencyKeyTaken(record.key);
        state.idempotency.set(record.key, copy(record));
      },
    },
    conversations: {
      get: async (key) => copy(state.conversations.get(key) ?? null),
      put: async (key, reference) => void state.conversations.set(key, copy(reference)),
    },
    sendWindows: {
      reserve: async (conversationId, nowMs, windows) => {
        const { wait, kept } = reserveInWindows(state.sendWindows.get(conversationId) ?? [], windows, nowMs);
        if (kept.length) state.sendWindows.set(conversationId, kept);
        else state.sendWindows.delete(conversationId);
        return wait;
      },
    },
    cinReviews: inMemoryCinReviews(state.cinReviews, state.children),
    reports: inMemoryReports(state),
    minutes: {
      versions: async (meetingId) =>
        values(state.minutes)
          .filter((m) => m.meetingId === meetingId)
          .sort((a, b) => a.version - b.version),
      get: async (meetingId, version) => copy(state.minutes.get(`${meetingId}:${version}`) ?? null),
      latestAgreedOfPanel: async ({ panelId, from, to }) => {
        const meetings = values(state.meetings)
          .filter((m) => m.panelId === panelId && m.startsAt >= from && m.startsAt < to)
          .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
        return meetings.flatMap((meeting) => {
          const agreed = values(state.minutes).filter(
            (m) => m.meetingId === meeting.id && m.status === "agreed",
          );
          const latest = agreed.sort((a, b) => b.version - a.version)[0];
          return latest ? [latest] : [];
        });
      },
      insert: async (minute) => {
        const key = `${minute.meetingId}:${minute.version}`;
        if (state.minutes.has(key)) return false;
        state.minutes.set(key, copy(minute));
        return true;
      },
      update: async (minute, expectedRevision) => {
        const key = `${minute.meetingId}:${minute.version}`;
        if (state.minutes.get(key)?.revision !== expectedRevision) return false;
        state.minutes.set(key, copy(minute));
        return true;
      },
      markFiled: async (meetingId, version, filed) => {
        const stored = state.minutes.get(`${meetingId}:${version}`);
        const marks = { filedUrl: filed.webUrl, filedItemId: filed.itemId, filedAt: filed.at };
        if (stored) state.minutes.set(`${meetingId}:${version}`, { ...stored, ...marks });
      },
    },
    breaches: {
      insert: async (breach) => {
        if (state.breaches.has(breach.id)) throw new Error(`Breach ${breach.id} exists`);
        state.breaches.set(breach.id, copy(breach));
      },
      ofChild: async (childId) =>
        values(state.breaches)
          .filter((b) => b.childId === childId)
          .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt) || a.id.localeCompare(b.id))
          .map(copy),
    },
    caseObservations: {
      insert: async (observation) => {
        if (state.caseObservations.has(observation.id))
          throw new Error(`Observation ${observation.id} exists`);
        state.caseObservations.set(observation.id, copy(observation));
      },
      get: async (id) => copy(state.caseObservations.get(id) ?? null),
      ofMeeting: async (meetingId) =>
        values(state.caseObservations)
          .filter((o) => o.meetingId === meetingId)
          .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id)),
      ofChild: async (childId) =>
        values(state.caseObservations)
          .filter((o) => o.childId === childId)
          .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id)),
      markFiled: async (id, filedUrl, filedAt) => {
        const stored = state.caseObservations.get(id);
        if (stored) state.caseObservations.set(id, { ...stored, filedUrl, filedAt });
      },
    },
    closureDays: {
      between: async (from, to) =>
        values(state.closureDays)
          .filter((day) => day.date >= from && day.date <= to)
          .sort((a, b) => a.date.localeCompare(b.date)),
      replaceYear: async (year, days) => {
        const prefix = `${year}-`;
        const stray = days.find((day) => !day.date.startsWith(prefix));
        if (stray) throw new Error(`Closure day ${stray.date} is not in ${year}`);
        for (const date of [...state.closureDays.keys()]) {
          if (date.startsWith(prefix)) state.closureDays.delete(date);
        }
        for (const day of days) state.closureDays.set(day.date, copy(day));
      },
    },
    retention: inMemoryRetention(state),
  };
}
