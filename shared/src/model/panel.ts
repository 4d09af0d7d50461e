import type { Agency } from "./people.js";

export const presetKeys = ["icsmg", "lc-jst", "isg", "cin-review", "cic-hrp", "strategic-review"] as const;
export type PresetKey = (typeof presetKeys)[number];

/** Where a panel sits decides its bank holidays, so its working days. */
export const nations = ["scotland", "england-wales"] as const;
export type Nation = (typeof nations)[number];

export const isNation = (value: unknown): value is Nation => nations.includes(value as Nation);

export const panelRoles = ["chair", "coordinator", "member", "emergency-authoriser", "referrer"] as const;
/** A person's role on one panel; a person can hold several (a chair is often the emergency authoriser). */
export type PanelRole = (typeof panelRoles)[number];

export const periodUnits = ["working-days", "calendar-days", "weeks", "months"] as const;

/** A period relative to a meeting date (or, for minutes, after it). */
export interface Period {
  amount: number;
  unit: (typeof periodUnits)[number];
}

export interface PanelSettings {
  nation: Nation;
  /** Human-readable cadence, e.g. "about monthly". */
  cadence: string;
  meetingMinutes: number;
  /** Referral or paperwork deadline before the meeting; null when the chair sets it case by case. */
  referralDeadline: Period | null;
  agendaDeadline: Period | null;
  papersDeadline: Period | null;
  /** CiC High Risk Panel: red list to members before the panel. */
  redListDeadline: Period | null;
  /** Note, outcome or minutes due after the meeting. */
  minutesDue: Period | null;
  /** Minutes allotted to a case item when presented; null when the chair sets it. */
  caseSlotMinutes: number | null;
  /** Distinct agencies that must be present for a decision vote. */
  quorumAgencies: number;
  /** Agencies that must be able to attend for a slot to be suggested without a warning; none by default. */
  requiredAgencies: Agency[];
  /** CIN review: maximum months between reviews. */
  reviewIntervalMonths: number | null;
  /** Whether referrals to this panel use a referral form (CIN and HRP do not). */
  acceptsReferrals: boolean;
  /**
   * Whether the formal minute shows a case item's reference and decision, or withholds both ("Case item").
   * Absent: the preset's default (`minuteCaseItemDefaults`).
   */
  caseItemsInMinute?: CaseItemsInMinute;
}

export const caseItemsInMinuteChoices = ["reference-and-decision", "withheld"] as const;
export type CaseItemsInMinute = (typeof caseItemsInMinuteChoices)[number];

export interface Panel {
  id: string;
  name: string;
  preset: PresetKey;
  /** Short code used in referral references, e.g. `ISG` in `ISG-2026-0042`. */
  code: string;
  area: string;
  settings: PanelSettings;
}

export interface PanelMembership {
  panelId: string;
  personId: string;
  roles: PanelRole[];
  /** The agency the person represents on this panel. */
  agency: Agency;
}
