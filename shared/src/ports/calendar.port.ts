import type { Result } from "../model/result.js";

/** A person's state in one slot. `unknown` means their calendar could not be read: never treat it as free. */
export type SlotStatus = "free" | "tentative" | "busy" | "oof" | "workingElsewhere" | "unknown";

export interface BusyPeriod {
  /** ISO date-time, UTC. */
  start: string;
  end: string;
  status: Exclude<SlotStatus, "free" | "unknown">;
}

export interface WorkingHours {
  daysOfWeek: string[];
  /** Local time of day, `HH:mm:ss`. */
  startTime: string;
  endTime: string;
  timeZone: string;
}

export interface PersonAvailability {
  email: string;
  /** `visible`: every slot read; `partial`: some windows failed; `unknown`: nothing could be read. */
  calendar: "visible" | "partial" | "unknown";
  /** Why the calendar (or part of it) is unknown, e.g. another organisation's mailbox. */
  reason: string | null;
  /** One status per `intervalMinutes` slot from `start`. */
  slots: SlotStatus[];
  busy: BusyPeriod[];
  workingHours: WorkingHours | null;
}

export interface FreeBusyQuery {
  /** The mailbox the query runs as (the chair or a panel mailbox). */
  asUser: string;
  /** Email addresses (user principal names) of the people to look up. */
  people: string[];
  /** ISO date-time, UTC; any window length is allowed. */
  start: string;
  end: string;
  /** Slot length; must divide a day (5 to 1440). Defaults to 30. */
  intervalMinutes?: number;
}

export interface FreeBusyResult {
  start: string;
  end: string;
  intervalMinutes: number;
  /** One entry per requested person, in request order. */
  people: PersonAvailability[];
}

export interface MeetingAttendee {
  email: string;
  name?: string;
  type: "required" | "optional";
}

export interface MeetingInvitation {
  /** The organiser's mailbox: the chair, or a panel mailbox. */
  organiser: string;
  subject: string;
  /** Plain text; the adapter escapes it into the HTML body. Never a child's name or case detail. */
  bodyText: string;
  start: string;
  end: string;
  location?: string;
  attendees: MeetingAttendee[];
  onlineMeeting: boolean;
  /** Stable per meeting (e.g. the Convenor meeting id) so a retried create never makes two events. */
  transactionId: string;
}

/** `onlineMeeting: true` makes an existing event a Teams meeting (Office.js cannot switch it on). */
export type MeetingChanges = Partial<
  Pick<
    MeetingInvitation,
    "subject" | "bodyText" | "start" | "end" | "location" | "attendees" | "onlineMeeting"
  >
>;

export interface CalendarMeeting {
  eventId: string;
  organiser: string;
  subject: string;
  start: string;
  end: string;
  attendees: MeetingAttendee[];
  joinUrl: string | null;
  webLink: string | null;
  cancelled: boolean;
}

/**
 * Calendars through Microsoft Graph. Failures the caller can show come back as values with codes such as
 * `GRAPH.THROTTLED`, `GRAPH.UNAVAILABLE`, `GRAPH.NOT_FOUND`, `GRAPH.ONLINE_MEETING_NOT_ALLOWED`.
 */
export interface CalendarPort {
  freeBusy(query: FreeBusyQuery): Promise<Result<FreeBusyResult>>;
  createMeeting(invitation: MeetingInvitation): Promise<Result<CalendarMeeting>>;
  updateMeeting(
    organiser: string,
    eventId: string,
    changes: MeetingChanges,
  ): Promise<Result<CalendarMeeting>>;
  cancelMeeting(organiser: string, eventId: string, comment: string): Promise<Result<void>>;
  /** `null` when the event no longer exists (for example after cancellation). */
  getMeeting(organiser: string, eventId: string): Promise<Result<CalendarMeeting | null>>;
}
