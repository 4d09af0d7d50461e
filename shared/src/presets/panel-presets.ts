import type { CaseItemsInMinute, Panel, PanelSettings, PresetKey } from "../model/panel.js";
import type { Agency } from "../model/people.js";

export interface PanelPreset {
  key: PresetKey;
  name: string;
  /** Short code used in referral references, e.g. `ISG` in `ISG-2026-0042`. */
  code: string;
  /** The procedure in shared/seeds the defaults come from. */
  source: string;
  settings: PanelSettings;
}

// Seeds: 000 Highland ICSMG remit (2008); 001 Moray ICSP review (2009); 002 Glasgow LC-JST & ISG guidelines
// (2016), part A and part B; 003 Salford Child in Need coordination; 004 Leicestershire CiC High Risk Panel.
// Settings a seed does not fix carry a Convenor default, marked as such.
const defaultMeetingMinutes = 120; // Convenor default: 002 A 5.4 "monthly two hour meeting" is the only length given
const defaultQuorumAgencies = 3; // Convenor default: DOMAIN "for example three agencies present"
// Convenor default: no seed makes an agency's attendance a condition of meeting (000 3, 002 A 5.3 and 002 B 3.1
// name core members, not a quorum rule), so no agency is required until the chair sets one.
const defaultRequiredAgencies = (): Agency[] => [];

export const panelPresets: Readonly<Record<PresetKey, PanelPreset>> = {
  icsmg: {
    key: "icsmg",
    name: "Integrated Children's Service Managers Group",
    code: "ICSMG",
    source: "000 Role & Remit of the ICSMG (Highland)",
    settings: {
      nation: "scotland", // 000 title: Inverness, Nairn, Badenoch & Strathspey (Highland)
      cadence: "about monthly", // 000 5: "meets regularly - approximately once a month"
      meetingMinutes: defaultMeetingMinutes, // not in 000
      referralDeadline: { amount: 6, unit: "working-days" }, // 000 5: Child's Plan to the co-ordinator 6 working days prior
      agendaDeadline: { amount: 5, unit: "working-days" }, // 000 5: agenda at least 5 working days in advance
      papersDeadline: { amount: 3, unit: "working-days" }, // 000 5: all papers 3 working days prior
      redListDeadline: null, // 000: no red list
      minutesDue: { amount: 2, unit: "working-days" }, // 000 5: note of the meeting within 2 working days
      caseSlotMinutes: null, // 000 5: Lead Professional attends; time not fixed, the chair sets it
      quorumAgencies: defaultQuorumAgencies, // not in 000; 000 3 lists six core agencies
      requiredAgencies: defaultRequiredAgencies(),
      reviewIntervalMonths: null, // 000: no review cycle
      acceptsReferrals: true, // 000 5: requests for assistance with a Child's Plan
    },
  },
  "lc-jst": {
    key: "lc-jst",
    name: "Learning Community Joint Support Team",
    code: "LCJST",
    source: "002 part A LC-JST practice guidelines (Glasgow)",
    settings: {
      nation: "scotland", // 002 A: Glasgow
      cadence: "at least monthly", // 002 A 5.4: "as a minimum, meet monthly and more frequently as required"
      meetingMinutes: 120, // 002 A 5.4: "a monthly two hour meeting"
      referralDeadline: null, // 002 A 6.3: the chair screens referrals and sets appointment times
      agendaDeadline: null, // 002 A 6.3: the chair arranges appointment times
      papersDeadline: null, // 002 A 6.2: Wellbeing Assessment and Plan accompanies the referral; no deadline
      redListDeadline: null, // 002 A: no red list
      minutesDue: null, // 002 A 6.6: LP or NP shares the outcome with the family; no time limit
      caseSlotMinutes: null, // 002 A 6.3: the chair prioritises and arranges appointment times
      quorumAgencies: defaultQuorumAgencies, // not in 002 A; 5.2-5.3 core: education, HSCP, psychology
      requiredAgencies: defaultRequiredAgencies(),
      reviewIntervalMonths: null, // 002 A: no review cycle
      acceptsReferrals: true, // 002 A 6.1: city-wide LC-JST referral pro-forma
    },
  },
  isg: {
    key: "isg",
    name: "Integrated Support Group",
    code: "ISG",
    source: "002 part B ISG practice guidelines (Glasgow)",
    settings: {
      nation: "scotland", // 002 B: Glasgow
      cadence: "monthly, per area", // 002 B 3.2 and 3.4 ii: "The ISG in each area should meet monthly"
      meetingMinutes: defaultMeetingMinutes, // not in 002 B
      referralDeadline: { amount: 5, unit: "working-days" }, // 002 B 3.4 iv: paperwork at least five working days prior
      agendaDeadline: null, // 002 B 3.4 i: the area administrator sets the dates; no agenda deadline
      papersDeadline: null, // 002 B: no deadline for papers to members
      redListDeadline: null, // 002 B: no red list
      minutesDue: { amount: 1, unit: "weeks" }, // 002 B 3.4 vi: outcome distributed within one week
      caseSlotMinutes: 15, // 002 B 3.4 v: an appointment "would normally be of 15 minute duration"
      quorumAgencies: defaultQuorumAgencies, // 002 B 3.1: health, social work and education
      requiredAgencies: defaultRequiredAgencies(),
      reviewIntervalMonths: null, // 002 B: no review cycle
      acceptsReferrals: true, // 002 B 3.3 ii: ISG Referral Form and Child's Plan
    },
  },
  "cin-review": {
    key: "cin-review",
    name: "Child in Need review",
    code: "CIN",
    source: "003 Child in Need Coordination Service (Salford)",
    settings: {
      nation: "england-wales", // 003: Salford, Children Act 1989
      cadence: "review at least every 3 months; early review on significant change", // 003 3.1, 3.2
      meetingMinutes: 60, // Convenor default: not in 003
      referralDeadline: null, // 003: a plan review, not a referral
      agendaDeadline: null, // 003 1.5: the coordinator sends invitations; no deadline
      papersDeadline: null, // 003: no papers deadline
      redListDeadline: null, // 003: no red list
      minutesDue: null, // 003 1.6, 2.5: chair records and the coordinator distributes minutes; no time limit
      caseSlotMinutes: null, // 003: one plan per meeting
      quorumAgencies: defaultQuorumAgencies, // not in 003
      requiredAgencies: defaultRequiredAgencies(),
      reviewIntervalMonths: 3, // 003 3.1: "at least every three months"
      acceptsReferrals: false, // 003 2.1: plans come from a CIN Planning Meeting, not a referral form
    },
  },
  "cic-hrp": {
    key: "cic-hrp",
    name: "Children in Care High Risk Panel",
    code: "HRP",
    source: "004 Terms of reference, CiC High Risk Panel (Leicestershire)",
    settings: {
      nation: "england-wales", // 004: Leicestershire County Council
      cadence: "bimonthly", // 004 Process: "This Panel will meet bimonthly"
      meetingMinutes: defaultMeetingMinutes, // not in 004
      referralDeadline: null, // 004: listed from the monthly RAG tracker, not referred
      agendaDeadline: null, // 004: no agenda deadline
      papersDeadline: null, // 004 Process: red list "via secure email"; no other papers deadline
      redListDeadline: { amount: 2, unit: "weeks" }, // 004 Process: red-rated children "two weeks before the next panel"
      minutesDue: null, // 004: no minutes deadline
      caseSlotMinutes: null, // 004: not set
      quorumAgencies: defaultQuorumAgencies, // not in 004
      requiredAgencies: defaultRequiredAgencies(),
      reviewIntervalMonths: null, // 004: the monthly tracker, not a review cycle
      acceptsReferrals: false, // 004 Process: red two months running lists the young person (two-reds rule)
    },
  },
  "strategic-review": {
    key: "strategic-review",
    name: "Strategic review group (Integrated Children's Services Plan)",
    code: "ICSP",
    source: "001 Review of the Integrated Children's Services Plan (Moray)",
    settings: {
      nation: "scotland", // 001: The Moray Council
      cadence: "per reporting cycle", // 001 Communication strategy: "Reporting cycles"
      meetingMinutes: defaultMeetingMinutes, // not in 001
      referralDeadline: null, // 001: no case referrals
      agendaDeadline: null, // 001: not set
      papersDeadline: null, // 001: not set
      redListDeadline: null, // 001: no red list
      minutesDue: { amount: 1, unit: "months" }, // 001: minutes "Within one month of each group meeting"
      caseSlotMinutes: null, // 001: no case items
      quorumAgencies: defaultQuorumAgencies, // not in 001
      requiredAgencies: defaultRequiredAgencies(),
      reviewIntervalMonths: null, // 001: not set
      acceptsReferrals: false, // 001: reviews the plan, takes no referrals
    },
  },
};

/**
 * A fresh copy of a preset's settings with a panel's own changes applied (a chair may change any of
 * them). Overrides left `undefined` keep the preset value.
 */
export function presetSettings(key: PresetKey, overrides: Partial<PanelSettings> = {}): PanelSettings {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return structuredClone({ ...panelPresets[key].settings, ...defined });
}

/**
 * Whether a preset's formal minute shows case references and decisions, when the panel has not chosen.
 * Never a child's name or the discussion of their plan: that is a case observation (000 5).
 */
export const minuteCaseItemDefaults: Readonly<Record<PresetKey, CaseItemsInMinute>> = {
  // 000 5: "Any discussion regarding an individual Child's Plan is not shown as part of the formal minute"
  icsmg: "withheld",
  // 002 A 7.2: case reviews and outcomes are recorded and reported by the LC-JST
  "lc-jst": "reference-and-decision",
  // 002 B 3.4 vi: the ISG Proforma Outcome is distributed to all professionals involved
  isg: "reference-and-decision",
  // 003 1.6, 3.7: the CIN minute records the decisions, with reasons, for the one child it is about
  "cin-review": "reference-and-decision",
  // 004 Confidentiality: names shared only for the panel's purpose; ratings live on the tracker, not the minute
  "cic-hrp": "withheld",
  // 001: the strategic group takes no cases
  "strategic-review": "withheld",
};

export const caseItemsInMinuteOf = (panel: Pick<Panel, "preset" | "settings">): CaseItemsInMinute =>
  panel.settings.caseItemsInMinute ?? minuteCaseItemDefaults[panel.preset];
