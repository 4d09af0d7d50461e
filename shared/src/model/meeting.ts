export interface Meeting {
  id: string;
  panelId: string;
  /** ISO date-time, UTC. */
  startsAt: string;
  endsAt: string;
  /** `pending`: recorded by Convenor, its calendar event not yet made or linked (a retry finishes it). */
  state: "pending" | "planned" | "held" | "cancelled";
  /** The Outlook event, once scheduled through Graph. */
  calendarEventId: string | null;
  joinUrl: string | null;
  /** The mailbox whose calendar holds the event (the chair who scheduled it); null before there is one. */
  organiser?: string | null;
  /** Who makes the calendar event: Convenor through Graph, or the chair in Outlook (the add-in links it). */
  eventBy?: "convenor" | "outlook" | null;
}

export type AgendaItemSource = "standing" | "referral" | "review" | "deferred" | "retrospective" | "red-list";

export interface AgendaItem {
  id: string;
  meetingId: string;
  position: number;
  source: AgendaItemSource;
  /** Non-identifying title: a case reference for case items, the topic for standing items. */
  title: string;
  referralId: string | null;
  childId: string | null;
  slotMinutes: number | null;
  presenterId: string | null;
  /** Invited for this item only: they see and speak to it alone. */
  invitedPersonIds: string[];
}

/**
 * An agenda's own record. Every change to the agenda advances `version`, checked against the version the
 * changer read, so two chairs editing at once never interleave positions.
 */
export interface AgendaRecord {
  meetingId: string;
  version: number;
  /** When it was last published; null before the first. */
  publishedAt: string | null;
  /** What was published (items, order, slots, presenters, invitees), to tell a change from a repeat. */
  publishedFingerprint: string | null;
}

/** A document uploaded through Convenor for one case item, filed in the panel's SharePoint library. */
export interface Paper {
  id: string;
  agendaItemId: string;
  /** The file name as filed (sanitised by the library). */
  fileName: string;
  contentType: string | null;
  size: number;
  siteId: string;
  driveItemId: string;
  /** Path inside the library, e.g. `Meetings/2026-03-04/ISG-2026-0042/report.pdf`. */
  path: string;
  webUrl: string;
  uploadedById: string;
  uploadedAt: string;
  /** Arrived after the papers deadline. */
  late: boolean;
}

/** Who opened a paper through Convenor, first time only. `paperId` is a paper's id or `plan-{agendaItemId}`. */
export interface PaperRead {
  paperId: string;
  personId: string;
  firstReadAt: string;
}

/** A meeting under way in its Teams chat: the chair started it there. */
export interface MeetingRoom {
  meetingId: string;
  startedAt: string;
  startedById: string;
}

/** Whether a person is at the meeting, and who said so (themselves, or the chair). */
export interface Attendance {
  meetingId: string;
  personId: string;
  status: "present" | "apologies";
  markedById: string;
  markedAt: string;
}
