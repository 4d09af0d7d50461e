import type {
  ActionItem,
  AgendaItem,
  Decision,
  MinuteContent,
  ReportRange,
  Store,
  StoreTx,
} from "@convenor/shared";
import {
  someAgendaItem,
  someChild,
  someMeeting,
  someRating,
  someReferral,
  uniqueId,
} from "./store-test-data.test-support.js";

const longAgo = "2000-06-15T10:00:00.000Z";

function aCaseDecision(item: AgendaItem, more: Partial<Decision>): Decision {
  return {
    id: uniqueId("decision"),
    questionId: null,
    meetingId: item.meetingId,
    agendaItemId: item.id,
    referralId: item.referralId,
    childId: item.childId,
    kind: "case",
    resource: null,
    outcome: "approved",
    reasons: "Morag's attendance has fallen since her father left",
    decidedAt: longAgo,
    decidedByIds: ["chair-1"],
    reviewDate: null,
    votes: [{ voterId: "member-1", choice: "decline" }],
    dissent: [{ personId: "member-1", choice: "decline", reason: "Knows the family", reasonFrom: "member" }],
    castingOutcome: false,
    ...more,
  };
}

function anAction(item: AgendaItem, description: string): ActionItem {
  return {
    id: uniqueId("action"),
    meetingId: item.meetingId,
    panelId: "panel-unset",
    agendaItemId: item.id,
    ownerId: "lp-1",
    description,
    dueOn: "2000-07-01",
    done: true,
    createdById: "chair-1",
    createdAt: longAgo,
    completedAt: longAgo,
    completedById: "lp-1",
  };
}

/**
 * A child, on a panel of their own, with something written about them in every place retention must reach:
 * an ended referral and its item, a High Risk Panel item with a rating round and a placement decision, actions,
 * a minute, a closed CIN plan with a review and an early review request, and tracker ratings. One standing item
 * of the same meeting is about nobody: what is written there stays.
 */
export async function aChildWithHistory(store: Store) {
  const panelId = uniqueId("panel");
  const child = someChild({ givenName: uniqueId("Morag") });
  const referral = someReferral({
    panelId,
    childId: child.id,
    state: "closed",
    createdAt: longAgo,
    updatedAt: longAgo,
    form: {
      "child.givenName": child.givenName,
      "child.school": "north academy",
      "referrer.agency": "education",
      shanarri: ["safe", "healthy"],
      reason: "Morag has not been in school",
    },
  });
  const meeting = someMeeting({ panelId, startsAt: longAgo, endsAt: longAgo, state: "held" });
  const referralItem = someAgendaItem({ meetingId: meeting.id, referralId: referral.id, childId: child.id });
  const childItem = someAgendaItem({
    meetingId: meeting.id,
    position: 2,
    source: "red-list",
    childId: child.id,
  });
  const standingItem = someAgendaItem({
    meetingId: meeting.id,
    position: 3,
    source: "standing",
    title: "AOB",
  });
  const referralDecision = aCaseDecision(referralItem, {});
  const placementDecision = aCaseDecision(childItem, {
    kind: "resource-request",
    referralId: null,
    resource: { resource: "isg-purchased-placement", outcome: "agreed", placement: "unplanned" },
    reasons: "Morag's gran can no longer cope",
  });
  const ratingRound = {
    id: uniqueId("question"),
    meetingId: meeting.id,
    agendaItemId: childItem.id,
    kind: "rating" as const,
    areas: ["health" as const],
    state: "closed" as const,
    openedById: "chair-1",
    openedAt: longAgo,
    closedAt: longAgo,
  };
  const actions = {
    referral: anAction(referralItem, "Ask Morag's gran about weekends"),
    child: anAction(childItem, "Visit Morag at home"),
    standing: anAction(standingItem, "Book the room for June"),
  };
  const minuteItem = (item: AgendaItem, notes: string, decision: Decision) => ({
    agendaItemId: item.id,
    position: item.position,
    title: item.title,
    caseItem: item.childId !== null,
    notes,
    decisions: [
      {
        outcome: decision.outcome,
        reasons: decision.reasons,
        votes: "approve 3, decline 1",
        dissent: [{ name: "Member One", reason: "Knows the family" }],
        castingOutcome: false,
      },
    ],
  });
  const content: MinuteContent = {
    present: [],
    apologies: [],
    quorum: "Quorum met",
    items: [
      minuteItem(referralItem, "", referralDecision),
      minuteItem(childItem, "Morag was seen at the station", placementDecision),
      { ...minuteItem(standingItem, "Room booking moves to June", referralDecision), decisions: [] },
    ],
    generalBusiness: "",
    actions: Object.values(actions).map((a) => ({
      description: a.description,
      ownerName: "Lead Professional",
      dueOn: a.dueOn,
      done: a.done,
    })),
    unmetNeed: [],
    progress: [],
  };
  const plan = {
    id: uniqueId("plan"),
    panelId,
    childId: child.id,
    startedOn: "2000-01-10",
    longerSupport: false,
    namedPersonIds: [],
    lastReviewedOn: "2000-04-10",
    nextReviewDue: null,
    state: "closed" as const,
    version: 2,
  };
  const review = {
    id: uniqueId("review"),
    planId: plan.id,
    dueOn: "2000-04-10",
    reviewedOn: "2000-04-10",
    outcome: "close" as const,
    reasons: "Morag is settled with her gran",
    nextReviewOn: null,
    exceptionalReason: "Gran in hospital",
    recordedById: "chair-1",
    recordedAt: longAgo,
  };
  const early = {
    id: uniqueId("early"),
    planId: plan.id,
    panelId,
    childId: child.id,
    reason: "Morag ran away on Friday",
    requestedById: "member-1",
    requestedAt: "2000-03-01T10:00:00.000Z",
    state: "done" as const,
    meetingId: meeting.id,
  };
  await store.transaction(async (tx: StoreTx) => {
    await tx.children.insert(child);
    await tx.referrals.insert(referral);
    await tx.meetings.insert(meeting);
    for (const item of [referralItem, childItem, standingItem]) await tx.agenda.insert(item);
    await tx.votes.insertQuestion(ratingRound);
    await tx.votes.cast({
      questionId: ratingRound.id,
      voterId: "member-1",
      choice: { health: "red" },
      reason: "Morag's GP is worried",
      castAt: longAgo,
    });
    await tx.votes.insertAgreedRating({
      questionId: ratingRound.id,
      meetingId: meeting.id,
      agendaItemId: childItem.id,
      panelId,
      childId: child.id,
      ratings: { health: "red" },
      reasons: { health: "Morag's GP is worried" },
      agreedById: "chair-1",
      agreedAt: longAgo,
    });
    await tx.votes.insertDecision(referralDecision);
    await tx.votes.insertDecision(placementDecision);
    await tx.familySharing.insert({
      decisionId: placementDecision.id,
      childId: child.id,
      sharedOn: "2000-06-16",
      method: "phone",
      note: "Gran was relieved",
      sharedAs: "lead-professional",
      recordedById: "lp-1",
      recordedAt: longAgo,
    });
    await tx.unmetNeed.insert({
      id: uniqueId("need"),
      panelId,
      meetingId: meeting.id,
      agendaItemId: childItem.id,
      decisionId: placementDecision.id,
      resource: "isms",
      reference: "ISG-2000-0001",
      recordedOn: "2000-06-15",
    });
    for (const action of Object.values(actions)) await tx.actions.insert({ ...action, panelId });
    await tx.minutes.insert({
      meetingId: meeting.id,
      panelId,
      version: 1,
      revision: 1,
      status: "agreed",
      content,
      agreements: [],
      contentiousIssues: "",
      editedById: "chair-1",
      editedAt: longAgo,
      circulatedAt: longAgo,
      agreedById: "chair-1",
      agreedAt: longAgo,
      filedUrl: null,
      filedItemId: null,
      filedAt: null,
    });
    await tx.cinReviews.insertPlan(plan);
    await tx.cinReviews.insertReview(review);
    await tx.cinReviews.insertEarlyRequest(early);
    for (const month of ["2000-05", "2000-06"]) {
      await tx.ratings.upsert(someRating({ panelId, childId: child.id, month, ratedById: "sw-1" }));
    }
  });
  return {
    panelId,
    child,
    referral,
    meeting,
    plan,
    actions,
    decisions: [referralDecision, placementDecision],
  };
}

/** Every report read of the panel's year 2000 (unsuppressed counts). */
export async function everyReportOf(tx: StoreTx, panelId: string) {
  const range: ReportRange = { panelId, fromMonth: "2000-01", toMonth: "2000-12" };
  return {
    referralCounts: await tx.reports.referralCounts(range),
    referralReasons: await tx.reports.referralReasons(range),
    reviewCounts: await tx.reports.reviewCounts(range),
    unmetNeedCounts: await tx.reports.unmetNeedCounts(range),
    placementCounts: await tx.reports.placementCounts(range),
    redCounts: await tx.reports.redCounts(range),
    listedCounts: await tx.reports.listedCounts(range),
    timeOnList: await tx.reports.timeOnList(range),
  };
}
