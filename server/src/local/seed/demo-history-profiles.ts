import type { Agency, ReferralState, ShanarriIndicator } from "@convenor/shared";

type Weighted<T> = readonly (readonly [T, number])[];

/** A school the history's referrals name, its locality, and the ages of its pupils. */
export interface HistorySchool {
  name: string;
  locality: string;
  ages: readonly [number, number];
  weight: number;
}

/** How one referral panel's year looked: how many referrals came before each meeting, from where, why. */
export interface HistoryProfile {
  panelId: string;
  /** Referrals filed in the four weeks before each monthly meeting. */
  perMeeting: readonly [number, number];
  schools: readonly HistorySchool[];
  agencies: Weighted<Agency>;
  /** Where each referral ended: every one in an end state, none waiting for anyone. */
  outcomes: Weighted<Extract<ReferralState, "decided" | "closed" | "declined">>;
  indicators: Weighted<ShanarriIndicator>;
}

const primary = [5, 11] as const;
const secondary = [12, 17] as const;

/** The Millburn Learning Community JST: its associated schools, most referrals from school staff. */
const lcjst: HistoryProfile = {
  panelId: "panel-lcjst",
  perMeeting: [15, 21],
  schools: [
    { name: "Millburn Academy", locality: "Inverness East", ages: secondary, weight: 7 },
    { name: "Millburn Primary", locality: "Inverness East", ages: primary, weight: 4 },
    { name: "Crown Primary", locality: "Inverness", ages: primary, weight: 3 },
    { name: "Raigmore Primary", locality: "Inverness East", ages: primary, weight: 2 },
    { name: "Smithton Primary", locality: "Smithton", ages: primary, weight: 2 },
    { name: "Cradlehall Primary", locality: "Inverness East", ages: primary, weight: 2 },
  ],
  agencies: [
    ["education", 11],
    ["health", 4],
    ["social-work", 3],
    ["psychology", 1],
    ["police", 1],
  ],
  outcomes: [
    ["closed", 11],
    ["decided", 5],
    ["declined", 3],
  ],
  indicators: [
    ["achieving", 6],
    ["nurtured", 5],
    ["included", 5],
    ["healthy", 4],
    ["safe", 3],
    ["respected", 2],
    ["active", 1],
    ["responsible", 1],
  ],
};

/** The ICSMG: the area's secondary schools, young people of grave concern, social work and police first. */
const icsmg: HistoryProfile = {
  panelId: "panel-icsmg",
  perMeeting: [14, 18],
  schools: [
    { name: "Inverness High School", locality: "Inverness", ages: secondary, weight: 4 },
    { name: "Charleston Academy", locality: "Inverness West", ages: secondary, weight: 3 },
    { name: "Culloden Academy", locality: "Culloden", ages: secondary, weight: 3 },
    { name: "Nairn Academy", locality: "Nairn", ages: secondary, weight: 2 },
    { name: "Millburn Academy", locality: "Inverness East", ages: secondary, weight: 2 },
    { name: "Kingussie High School", locality: "Badenoch", ages: secondary, weight: 1 },
    { name: "Grantown Grammar School", locality: "Strathspey", ages: secondary, weight: 1 },
  ],
  agencies: [
    ["social-work", 9],
    ["police", 4],
    ["education", 4],
    ["youth-justice", 3],
    ["health", 1],
  ],
  outcomes: [
    ["closed", 9],
    ["decided", 6],
    ["declined", 2],
  ],
  indicators: [
    ["safe", 7],
    ["responsible", 5],
    ["respected", 3],
    ["included", 3],
    ["achieving", 3],
    ["healthy", 2],
    ["nurtured", 2],
    ["active", 1],
  ],
};

/** The ISG: family support and purchased placements for Inverness's children, mostly from social work. */
const isg: HistoryProfile = {
  panelId: "panel-isg",
  perMeeting: [16, 20],
  schools: [
    { name: "Inverness Royal Academy", locality: "Inverness", ages: secondary, weight: 3 },
    { name: "Millburn Academy", locality: "Inverness East", ages: secondary, weight: 3 },
    { name: "Charleston Academy", locality: "Inverness West", ages: secondary, weight: 2 },
    { name: "Hilton Primary", locality: "Inverness South", ages: primary, weight: 2 },
    { name: "Drummond School", locality: "Inverness", ages: primary, weight: 1 },
    { name: "Merkinch Primary", locality: "Inverness", ages: primary, weight: 2 },
  ],
  agencies: [
    ["social-work", 10],
    ["education", 5],
    ["health", 3],
  ],
  outcomes: [
    ["closed", 12],
    ["decided", 6],
    ["declined", 1],
  ],
  indicators: [
    ["nurtured", 6],
    ["safe", 6],
    ["healthy", 3],
    ["achieving", 3],
    ["included", 2],
    ["respected", 1],
    ["responsible", 1],
    ["active", 1],
  ],
};

export const historyProfiles: readonly HistoryProfile[] = [lcjst, icsmg, isg];

/** A reason as a practitioner would write it, by the referral's first indicator. */
export const reasonsByIndicator: Record<ShanarriIndicator, string> = {
  safe: "Repeated missing episodes and concern about who the young person spends time with.",
  healthy: "Poor sleep, missed health appointments and weight loss noticed by staff.",
  achieving: "Attendance has fallen below 70% this term and work is not being handed in.",
  nurtured: "Parent struggling after a bereavement; the child often arrives hungry and unsettled.",
  active: "Has stopped all clubs and activities and spends most evenings alone online.",
  respected: "Says adults do not listen to them; conflict with staff has escalated.",
  responsible: "Involved in offending in the community and two police contacts this month.",
  included: "Isolated from peers after moving school; bullying reported by the family.",
};
