import type { Agency } from "./people.js";

/**
 * A meeting's formal minute (DOMAIN "Minutes"). Drafted from the meeting record, edited, circulated, then
 * agreed; an edit to an agreed version makes the next version, which needs agreeing again. Every version is
 * kept. It never holds a child's name, date of birth or the discussion of a child's plan (000 5): case items
 * show a case reference and decision only where the panel's `caseItemsInMinute` setting allows it.
 */
export const minuteStatuses = ["draft", "circulated", "agreed"] as const;
export type MinuteStatus = (typeof minuteStatuses)[number];

export interface MinutePerson {
  name: string;
  agency: Agency;
}

export interface MinuteDecision {
  outcome: "approved" | "declined" | "deferred" | "noted";
  reasons: string;
  /** e.g. "approve 3, decline 1". */
  votes: string;
  /** Members who voted otherwise, with their reasons. */
  dissent: { name: string; reason: string }[];
  castingOutcome: boolean;
}

export interface MinuteItem {
  agendaItemId: string;
  position: number;
  /** The topic, the case reference, or "Case item" where the panel's setting withholds references. */
  title: string;
  caseItem: boolean;
  /** What the chair wrote for a non-case item; always empty for a case item (000 5). */
  notes: string;
  decisions: MinuteDecision[];
}

/** An action raised at the meeting (the decisions area owns actions; the minute shows them as read). */
export interface MinuteAction {
  description: string;
  ownerName: string;
  /** ISO date. */
  dueOn: string;
  done: boolean;
}

/** A resource requested but not available (000 4c); by case reference, never a name. */
export interface MinuteUnmetNeed {
  resource: string;
  caseReference: string | null;
}

/** One row of a strategic group's outcome-indicator progress table (001). */
export interface OutcomeProgressRow {
  outcome: string;
  indicator: string;
  workUndertaken: string;
  workPlanned: string;
  halfYearData: string;
  notes: string;
}

export interface MinuteContent {
  present: MinutePerson[];
  apologies: MinutePerson[];
  /** e.g. "Quorum: 3 of 3 agencies (Education, Health, Social work) — met". */
  quorum: string;
  items: MinuteItem[];
  generalBusiness: string;
  actions: MinuteAction[];
  unmetNeed: MinuteUnmetNeed[];
  progress: OutcomeProgressRow[];
}

export const agreementStates = ["agreed", "not-agreed", "not-yet"] as const;

/** A child's or parent's agreement to a CIN meeting's minutes (003 1.6), recorded by the chair. */
export interface MinuteAgreement {
  /** As the chair writes it: never shown outside the tab. */
  name: string;
  relationship: string;
  state: (typeof agreementStates)[number];
  /** ISO date the agreement was given or refused; null while not yet. */
  on: string | null;
}

export interface MinuteVersion {
  meetingId: string;
  panelId: string;
  version: number;
  /** Moves on every change to this version: an edit from an older read is refused. */
  revision: number;
  status: MinuteStatus;
  content: MinuteContent;
  /** CIN (003 1.6): the child's and parents' agreement, and any contentious issue. */
  agreements: MinuteAgreement[];
  contentiousIssues: string;
  editedById: string;
  editedAt: string;
  circulatedAt: string | null;
  agreedById: string | null;
  agreedAt: string | null;
  /** The filed .docx in the panel's library (a link, never the file); null until filed. */
  filedUrl: string | null;
  /** The filed file's SharePoint item, so a later agreed version can mark it superseded. */
  filedItemId: string | null;
  filedAt: string | null;
}

/**
 * What was said about one child's plan at a case item (000 5): kept on the child's record, seen by the
 * panel's chair and coordinators only (every read audited), filed to the panel's restricted library, never
 * in the minute.
 */
export interface CaseObservation {
  id: string;
  meetingId: string;
  agendaItemId: string;
  panelId: string;
  childId: string;
  text: string;
  recordedById: string;
  recordedAt: string;
  filedUrl: string | null;
  filedAt: string | null;
}
