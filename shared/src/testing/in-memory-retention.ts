/* eslint-disable @typescript-eslint/require-await -- an in-memory adapter of an async port: nothing to await */
import type { OutboxMessage } from "../model/audit.js";
import type { CaseObservation, MinuteVersion } from "../model/minute.js";
import type { AgendaItem, Meeting } from "../model/meeting.js";
import { minuteKey, withoutItemsFreeText, withoutNames } from "../retention/anonymised-minute.js";
import type { ActionItem } from "../model/action.js";
import type { Child } from "../model/people.js";
import type { Decision, FamilySharing } from "../model/decision.js";
import type { AgreedRating, Vote, VoteQuestion } from "../model/rating.js";
import type { TrackedYoungPerson } from "../model/tracker.js";
import type { Referral } from "../model/referral.js";
import type { ReferralVersion } from "../model/referral-version.js";
import { anonymisedName, type RetentionKind } from "../model/retention.js";
import type { CinReviewState } from "./in-memory-cin-reviews.js";
import type { ExpiredRecord, RetentionRepository } from "../ports/store.port.js";

/** What retention reads and anonymises, out of the in-memory store's state. */
export interface RetentionState {
  retentionPeriods: Map<string, number>;
  /** When each record was anonymised, keyed `referral:id`, `child:id`, `observation:id`. */
  anonymised: Map<string, string>;
  children: Map<string, Child>;
  referrals: Map<string, Referral>;
  referralVersions: ReferralVersion[];
  agenda: Map<string, AgendaItem>;
  questions: Map<string, VoteQuestion>;
  votes: Map<string, Vote>;
  decisions: Map<string, Decision>;
  actions: Map<string, ActionItem>;
  agreedRatings: Map<string, AgreedRating>;
  familySharing: Map<string, FamilySharing>;
  caseload: Map<string, TrackedYoungPerson>;
  cinReviews: CinReviewState;
  caseObservations: Map<string, CaseObservation>;
  meetings: Map<string, Meeting>;
  minutes: Map<string, MinuteVersion>;
  outbox: OutboxMessage[];
}

const endedStates: readonly Referral["state"][] = ["closed", "declined", "decided"];
const byId = (a: ExpiredRecord, b: ExpiredRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function clearChildFreeText(state: RetentionState, childId: string): void {
  const referrals = new Set(
    [...state.referrals.values()].filter((r) => r.childId === childId).map((r) => r.id),
  );
  const items = new Set(
    [...state.agenda.values()]
      .filter((i) => i.childId === childId || (i.referralId !== null && referrals.has(i.referralId)))
      .map((i) => i.id),
  );
  clearItemsFreeText(state, items);
  clearDecisionsFreeText(state, (d) => d.childId === childId || items.has(d.agendaItemId));
  for (const sharing of state.familySharing.values()) if (sharing.childId === childId) sharing.note = null;
  for (const rating of state.agreedRatings.values()) if (rating.childId === childId) rating.reasons = {};
  const plans = new Set(state.cinReviews.plans.filter((p) => p.childId === childId).map((p) => p.id));
  for (const review of state.cinReviews.reviews) {
    if (!plans.has(review.planId)) continue;
    review.reasons = "";
    if (review.exceptionalReason !== null) review.exceptionalReason = "";
  }
  for (const early of state.cinReviews.early) if (early.childId === childId) early.reason = "";
}

function clearItemsFreeText(state: RetentionState, items: ReadonlySet<string>): void {
  if (items.size === 0) return;
  const questions = new Set(
    [...state.questions.values()].filter((q) => items.has(q.agendaItemId)).map((q) => q.id),
  );
  for (const vote of state.votes.values()) if (questions.has(vote.questionId)) vote.reason = null;
  const actions = [...state.actions.values()].filter(
    (a) => a.agendaItemId !== null && items.has(a.agendaItemId),
  );
  const meetings = new Set([...items].map((id) => state.agenda.get(id)?.meetingId));
  for (const minute of state.minutes.values()) {
    if (!meetings.has(minute.meetingId)) continue;
    const descriptions = new Set(
      actions.filter((a) => a.meetingId === minute.meetingId && a.description).map((a) => a.description),
    );
    minute.content = withoutItemsFreeText(minute.content, items, descriptions);
    minute.revision += 1;
  }
  for (const action of actions) action.description = "";
}

function clearDecisionsFreeText(state: RetentionState, matches: (decision: Decision) => boolean): void {
  for (const decision of state.decisions.values()) {
    if (!matches(decision)) continue;
    Object.assign(decision, { reasons: "", dissent: [] });
    const sharing = state.familySharing.get(decision.id);
    if (sharing) sharing.note = null;
  }
}

export function inMemoryRetention(state: RetentionState): RetentionRepository {
  const expiredOf = (kind: RetentionKind, before: string): ExpiredRecord[] => {
    if (kind === "referral") {
      return [...state.referrals.values()]
        .filter((r) => endedStates.includes(r.state) && r.updatedAt < before)
        .filter((r) => !state.anonymised.has(`referral:${r.id}`))
        .map((r) => ({ id: r.id, childId: r.childId }));
    }
    if (kind === "caseObservation") {
      return [...state.caseObservations.values()]
        .filter((o) => o.recordedAt < before && !state.anonymised.has(`observation:${o.id}`))
        .map((o) => ({ id: o.id, childId: o.childId }));
    }
    if (kind === "minute") {
      return [...state.minutes.values()]
        .filter((m) => (state.meetings.get(m.meetingId)?.startsAt ?? "9999") < before)
        .map((m) => ({ id: `${m.meetingId}/${m.version}`, childId: null }))
        .filter((m) => !state.anonymised.has(`minute:${m.id}`));
    }
    return state.outbox
      .filter((m) => m.deliveredAt !== null && m.deliveredAt < before && Object.keys(m.payload).length > 0)
      .map((m) => ({ id: m.id, childId: null }));
  };

  const itemsWhere = (matches: (item: AgendaItem) => boolean) =>
    new Set([...state.agenda.values()].filter(matches).map((item) => item.id));

  return {
    periods: async () => Object.fromEntries(state.retentionPeriods),
    setPeriods: async (periods) => {
      for (const [kind, months] of Object.entries(periods)) state.retentionPeriods.set(kind, months);
    },
    lockRun: async () => undefined,
    expired: async (kind, before, limit) => expiredOf(kind, before).sort(byId).slice(0, limit),
    anonymiseReferral: async (id, anonymised, at) => {
      const referral = state.referrals.get(id);
      if (!referral || state.anonymised.has(`referral:${id}`)) return false;
      state.anonymised.set(`referral:${id}`, at);
      state.referrals.set(id, {
        ...referral,
        form: structuredClone(anonymised.form),
        history: structuredClone(anonymised.history),
        version: referral.version + 1,
      });
      for (const version of state.referralVersions) {
        if (version.referralId !== id) continue;
        Object.assign(version, { form: {}, question: "", answer: "" });
      }
      clearItemsFreeText(
        state,
        itemsWhere((item) => item.referralId === id),
      );
      clearDecisionsFreeText(state, (decision) => decision.referralId === id);
      return true;
    },
    anonymiseChild: async (id, at) => {
      const child = state.children.get(id);
      if (!child || state.anonymised.has(`child:${id}`)) return false;
      const referralsLeft = [...state.referrals.values()].some(
        (r) => r.childId === id && !state.anonymised.has(`referral:${r.id}`),
      );
      const tracked = [...state.caseload.values()].some((t) => t.childId === id);
      const openPlan = state.cinReviews.plans.some((p) => p.childId === id && p.state === "open");
      if (referralsLeft || tracked || openPlan) return false;
      state.anonymised.set(`child:${id}`, at);
      state.children.set(id, {
        ...child,
        givenName: anonymisedName,
        familyName: "",
        dateOfBirth: child.dateOfBirth.slice(0, 4),
        school: "",
        locality: "",
      });
      clearChildFreeText(state, id);
      return true;
    },
    anonymiseMinute: async (id, at) => {
      const { meetingId, version } = minuteKey(id);
      const minute = [...state.minutes.values()].find(
        (m) => m.meetingId === meetingId && m.version === version,
      );
      if (!minute || state.anonymised.has(`minute:${id}`)) return false;
      state.anonymised.set(`minute:${id}`, at);
      minute.agreements = withoutNames(minute.agreements);
      minute.contentiousIssues = "";
      return true;
    },
    anonymiseObservation: async (id, at) => {
      const observation = state.caseObservations.get(id);
      if (!observation || state.anonymised.has(`observation:${id}`)) return false;
      state.anonymised.set(`observation:${id}`, at);
      observation.text = "";
      return true;
    },
    purgeDeliveredMessage: async (id) => {
      const message = state.outbox.find((m) => m.id === id);
      if (!message || message.deliveredAt === null || Object.keys(message.payload).length === 0) return false;
      message.payload = {};
      return true;
    },
  };
}
