/*
 * PROVISIONAL: the slot and meeting API types as this package reads issue 9's API section, until the
 * `sched` and `meetings` work lands `shared/src/api/scheduling-requests.ts` and `meeting-requests.ts`. Then
 * these become re-exports of the shared types (and the normalisers in `convenor-api.ts` go), so nothing
 * else in the front ends changes.
 */

/** A member's state at a slot. `unknown`: their calendar cannot be read (often another organisation). */
export type MemberStatus = "free" | "busy" | "tentative" | "away" | "unknown";

export interface SlotMember {
  personId: string;
  displayName: string;
  /** For the invitation's attendees. */
  email: string;
  agency: string;
  status: MemberStatus;
}

export type DeadlineState = "met" | "due" | "late";

export interface DeadlineView {
  /** Stable kind, e.g. `referral`, `agenda`, `papers`, `minutes`. */
  kind: string;
  label: string;
  /** YYYY-MM-DD. */
  date: string;
  state: DeadlineState;
}

export interface SlotSuggestion {
  /** ISO date-times, UTC. */
  start: string;
  end: string;
  /** 1 is the best. */
  rank: number;
  /** Why the slot ranks where it does, in the chair's words. */
  reasons: string[];
  quorumMet: boolean;
  members: SlotMember[];
  deadlines: DeadlineView[];
}

export interface SlotsQuery {
  from: string;
  to: string;
  durationMinutes: number;
}

export interface SlotsResponse {
  panelId: string;
  slots: SlotSuggestion[];
}

export interface CreateMeetingRequest {
  panelId: string;
  startsAt: string;
  endsAt: string;
  /** Set by the caller once per "use this slot": a retry or double click returns the same meeting. */
  idempotencyKey: string;
  /** Required when the slot breaks a deadline or the quorum; audited. */
  overrideReason?: string;
}

export interface PaperLink {
  id: string;
  title: string;
  url: string;
  late: boolean;
}

export interface AgendaItemView {
  id: string;
  position: number;
  title: string;
  /** Minutes given to the item; null when it is not presented. */
  slotMinutes: number | null;
  /** ISO date-time the item starts, when the agenda has times. */
  startsAt: string | null;
  presenter: string | null;
  papers: PaperLink[];
}

export interface MeetingView {
  id: string;
  panelId: string;
  panelName: string;
  startsAt: string;
  endsAt: string;
  state: string;
  calendarEventId: string | null;
  joinUrl: string | null;
  /** Where members read the agenda (the tab), for the invitation's body. */
  agendaUrl: string;
}

export interface MeetingDetail {
  meeting: MeetingView;
  deadlines: DeadlineView[];
  agenda: AgendaItemView[];
}
