import {
  agendaFingerprint,
  type Agency,
  type AgendaItem,
  type Decision,
  type Meeting,
  type Panel,
  type PlacementTiming,
  type Referral,
  type ReferralTransition,
  type ResourceKind,
  type ResourceOutcome,
  type ShanarriIndicator,
  type StoreTx,
} from "@convenor/shared";
import type { HistoryChildren } from "./demo-history-children.js";
import { ukDateFrom } from "./demo-history-meetings.js";
import { reasonsByIndicator, type HistoryProfile } from "./demo-history-profiles.js";
import { demoMemberships } from "./demo-panels.js";
import { demoReferralForm } from "./demo-referral-forms.js";
import type { SeededRandom } from "./seeded-random.js";

const dayMs = 24 * 60 * 60_000;
const chairId = "p-chair";

/** A resource the panel decided on for one heard referral. */
export interface HistoricResource {
  resource: ResourceKind;
  outcome: ResourceOutcome;
  placement: PlacementTiming | null;
  /** An urgent request the emergency authoriser agreed, heard at this meeting afterwards. */
  retrospective: boolean;
}

interface Planned {
  referral: Referral;
  meeting: Meeting;
  resource: HistoricResource | null;
}

/**
 * One panel's year of referrals, each filed in the four weeks before a meeting and ended: declined at
 * screening, or heard and decided there (most since closed). `meetings` are the held meeting then the older
 * ones; the resources decided at each older meeting (`resourcesAt`) go on its agenda with their decision,
 * the unmet need register where agreed but not available, and the family's being told.
 */
export async function seedReferralHistory(
  tx: StoreTx,
  panel: Panel,
  profile: HistoryProfile,
  meetings: readonly Meeting[],
  resourcesAt: (meetingIndex: number) => HistoricResource[],
  children: HistoryChildren,
  random: SeededRandom,
): Promise<void> {
  const firstChild = children.made.length;
  const planned = meetings.flatMap((meeting, index) => {
    const count = random.int(...profile.perMeeting);
    const filed = Array.from({ length: count }, () => plan(panel, profile, meeting, children, random));
    // The held meeting's agenda is the live demo's: its history is counted, not put on it.
    if (index === 0) return filed;
    const heard = filed.filter((entry) => entry.referral.state !== "declined");
    resourcesAt(index).forEach((resource, i) => {
      const entry = heard[i];
      if (!entry) return;
      entry.resource = resource;
      if (resource.retrospective) {
        entry.referral.urgency = "urgent";
        entry.referral.retrospective = true;
        entry.referral.form = { ...entry.referral.form, urgency: "urgent", "urgency.reason": urgentReason };
      }
    });
    return filed;
  });

  for (const child of children.made.slice(firstChild)) await tx.children.insert(child);
  planned.sort((a, b) => a.referral.createdAt.localeCompare(b.referral.createdAt));
  for (const { referral } of planned) {
    const year = Number(referral.createdAt.slice(0, 4));
    referral.reference = await tx.referrals.nextReference(panel.id, panel.code, year);
    await tx.referrals.insert(referral);
  }

  for (const meeting of meetings.slice(1)) {
    const decided = planned.filter((entry) => entry.meeting.id === meeting.id && entry.resource);
    const items = decided.map(({ referral }, index) => agendaItem(meeting, referral, index + 1));
    for (const [index, { referral, resource }] of decided.entries()) {
      await recordResourceDecision(tx, meeting, items[index]!, referral, resource!, random);
    }
    for (const item of items) await tx.agenda.insert(item);
    if (items.length > 0) {
      const sentAt = new Date(Date.parse(meeting.startsAt) - 10 * dayMs).toISOString();
      await tx.agendaRecords.markPublished(meeting.id, sentAt, agendaFingerprint(meeting, items));
    }
  }
}

/**
 * Who filed it: one of the panel's referrers, as filing requires, from the agency drawn when the panel has a
 * referrer there, else any of its referrers, with their agency (the minimum data set counts the form's).
 */
function pickReferrer(
  panel: Panel,
  drawn: Agency,
  random: SeededRandom,
): { agency: Agency; referrerId: string } {
  const referrers = demoMemberships(panel.id).filter((membership) => membership.roles.includes("referrer"));
  const fromAgency = referrers.filter((membership) => membership.agency === drawn);
  const chosen = random.pick(fromAgency.length ? fromAgency : referrers);
  return { agency: chosen.agency, referrerId: chosen.personId };
}

const urgentReason = "The placement broke down at the weekend and a purchased placement was needed that day.";

function plan(
  panel: Panel,
  profile: HistoryProfile,
  meeting: Meeting,
  children: HistoryChildren,
  random: SeededRandom,
): Planned {
  const filedAt = Date.parse(meeting.startsAt) - random.int(7, 27) * dayMs;
  const createdAt = new Date(
    filedAt - (filedAt % dayMs) + random.int(9 * 60, 16 * 60) * 60_000,
  ).toISOString();
  const filedOn = createdAt.slice(0, 10);
  const school = random.weighted(profile.schools.map((s) => [s, s.weight] as const));
  const { agency, referrerId } = pickReferrer(panel, random.weighted(profile.agencies), random);
  const child = children.make(filedOn, school.ages[0], school.ages[1], school.name, school.locality);
  const indicators = pickIndicators(profile, random);
  const state = random.weighted(profile.outcomes);
  const form = demoReferralForm(panel.preset, child, {
    "referrer.agency": agency,
    shanarri: indicators,
    reason: reasonsByIndicator[indicators[0]!],
    "consent.recordedOn": filedOn,
  });
  const history = transitions(state, createdAt, referrerId, meeting, random);
  const referral: Referral = {
    id: `r-hist-${child.id.slice("c-hist-".length)}`,
    panelId: panel.id,
    reference: null,
    state,
    childId: child.id,
    referrerId,
    urgency: "routine",
    form,
    meetingId: state === "declined" ? null : meeting.id,
    retrospective: false,
    createdAt,
    updatedAt: history.at(-1)!.at,
    version: history.length,
    history,
  };
  return { referral, meeting, resource: null };
}

/** One to three indicators, the first the main reason, none twice. */
function pickIndicators(profile: HistoryProfile, random: SeededRandom): ShanarriIndicator[] {
  const wanted = random.weighted([
    [1, 3],
    [2, 4],
    [3, 2],
  ] as const);
  const picked: ShanarriIndicator[] = [];
  while (picked.length < wanted) {
    const indicator = random.weighted(profile.indicators);
    if (!picked.includes(indicator)) picked.push(indicator);
  }
  return picked;
}

function transitions(
  state: Referral["state"],
  createdAt: string,
  referrerId: string,
  meeting: Meeting,
  random: SeededRandom,
): ReferralTransition[] {
  const after = (days: number) => new Date(Date.parse(createdAt) + days * dayMs).toISOString();
  const step = (
    from: ReferralTransition["from"],
    to: ReferralTransition["to"],
    at: string,
    reason: string | null,
  ) => ({
    from,
    to,
    at,
    byPersonId: from === null ? referrerId : chairId,
    reason,
  });
  const submitted = step(null, "submitted", createdAt, null);
  if (state === "declined") {
    return [
      submitted,
      step(
        "submitted",
        "declined",
        after(random.int(2, 5)),
        "The school's own support plan can meet this need; refer again if it does not.",
      ),
    ];
  }
  const heard = [
    submitted,
    step("submitted", "accepted", after(2), null),
    step("accepted", "scheduled", after(3), "Added to the agenda"),
    step("scheduled", "heard", meeting.startsAt, "Presented by the Named Person"),
    step("heard", "decided", meeting.endsAt, "Agreed the support in the Child's Plan"),
  ];
  if (state === "decided") return heard;
  const closedAt = new Date(Date.parse(meeting.endsAt) + random.int(7, 14) * dayMs).toISOString();
  return [...heard, step("decided", "closed", closedAt, "Outcome shared with the family")];
}

function agendaItem(meeting: Meeting, referral: Referral, position: number): AgendaItem {
  return {
    id: `agenda-${referral.id}`,
    meetingId: meeting.id,
    position,
    source: "referral",
    title: referral.reference!,
    referralId: referral.id,
    childId: referral.childId,
    slotMinutes: 20,
    presenterId: referral.referrerId,
    invitedPersonIds: [referral.referrerId],
  };
}

const decisionReasons: Record<ResourceOutcome, string> = {
  agreed: "The Child's Plan evidences the need and the alternatives tried; agreed.",
  "agreed-unavailable": "The need is agreed; no place is free, so it goes on the unmet need register.",
  declined: "The plan's current support should be given time to work first.",
};

/** The panel's decision on the referral's resource, the register entry if unmet, and the family told. */
async function recordResourceDecision(
  tx: StoreTx,
  meeting: Meeting,
  item: AgendaItem,
  referral: Referral,
  resource: HistoricResource,
  random: SeededRandom,
): Promise<void> {
  const decision: Decision = {
    id: `decision-${referral.id}`,
    questionId: null,
    meetingId: meeting.id,
    agendaItemId: item.id,
    referralId: referral.id,
    childId: referral.childId,
    kind: "resource-request",
    outcome: resource.outcome === "declined" ? "declined" : "approved",
    resource: { resource: resource.resource, outcome: resource.outcome, placement: resource.placement },
    reasons: decisionReasons[resource.outcome],
    decidedAt: meeting.endsAt,
    decidedByIds: [chairId, "p-psych", "p-education-manager"],
    reviewDate: null,
    votes: [],
    dissent: [],
    castingOutcome: false,
  };
  await tx.votes.insertDecision(decision);
  const meetingDay = ukDateFrom(meeting.startsAt, 0);
  if (resource.outcome === "agreed-unavailable") {
    await tx.unmetNeed.insert({
      id: `unmet-${referral.id}`,
      panelId: meeting.panelId,
      meetingId: meeting.id,
      agendaItemId: item.id,
      decisionId: decision.id,
      resource: resource.resource,
      reference: referral.reference!,
      recordedOn: meetingDay,
    });
  }
  await tx.familySharing.insert({
    decisionId: decision.id,
    childId: referral.childId,
    sharedOn: ukDateFrom(meeting.startsAt, random.int(2, 6)),
    method: random.pick(["in-person", "phone", "video-call"] as const),
    note: null,
    sharedAs: "named-person",
    recordedById: referral.referrerId,
    recordedAt: new Date(Date.parse(meeting.endsAt) + 7 * dayMs).toISOString(),
  });
}
