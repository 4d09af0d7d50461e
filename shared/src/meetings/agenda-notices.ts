import type { AgendaItem, Meeting } from "../model/meeting.js";
import type { OutboxMessage } from "../model/audit.js";
import type { Panel } from "../model/panel.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { newOutboxMessage } from "../conversations/outbox-message.js";

/** To the panel's linked chat: counts, the date and a link. Never a child's details or a case reference. */
export const agendaPublishedKind = "agenda.published";
/** To each member's personal chat: the same as the panel card. */
export const agendaForMemberKind = "agenda.member";
/** To each attendee's personal chat: their items only (reference, slot). */
export const agendaInvitationKind = "agenda.invitation";

export const agendaNoticeKinds: readonly string[] = [
  agendaPublishedKind,
  agendaForMemberKind,
  agendaInvitationKind,
];

/** Where the tab shows a meeting's agenda, relative to the service's public address. */
export const agendaPath = (meetingId: string): string => `/tab/#/meetings/${encodeURIComponent(meetingId)}`;

export interface AgendaCounts {
  items: number;
  cases: number;
  retrospective: number;
  deferred: number;
}

export function agendaCounts(items: readonly AgendaItem[]): AgendaCounts {
  return {
    items: items.length,
    cases: items.filter((item) => item.referralId !== null).length,
    retrospective: items.filter((item) => item.source === "retrospective").length,
    deferred: items.filter((item) => item.source === "deferred").length,
  };
}

/** What every agenda notice carries: the panel, the meeting's time, whether it is an update, and the link. */
export interface AgendaNoticeBase {
  meetingId: string;
  panelId: string;
  panelName: string;
  startsAt: string;
  endsAt: string;
  updated: boolean;
  late: boolean;
  agendaPath: string;
}

export interface AgendaInvitationItem {
  /** Case reference or topic: never a child's name. */
  title: string;
  slotMinutes: number | null;
  position: number;
}

export function agendaNoticeBase(
  meeting: Meeting,
  panel: Panel,
  flags: { updated: boolean; late: boolean },
): AgendaNoticeBase {
  return {
    meetingId: meeting.id,
    panelId: panel.id,
    panelName: panel.name,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    ...flags,
    agendaPath: agendaPath(meeting.id),
  };
}

export function agendaNotice(
  deps: UseCaseDeps,
  kind: string,
  recipient: string,
  payload: Record<string, unknown>,
  at: string,
  correlationId: string | null,
): OutboxMessage {
  return newOutboxMessage(deps, { kind, recipient, payload: { ...payload, correlationId }, at });
}
