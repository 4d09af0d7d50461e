/* eslint-disable @typescript-eslint/require-await -- an in-memory adapter of an async port: nothing to await */
import { errorCatalogue } from "../model/error-codes.js";
import { fail, ok, type DomainError, type Result } from "../model/result.js";
import type {
  BusyPeriod,
  CalendarMeeting,
  CalendarPort,
  FreeBusyQuery,
  FreeBusyResult,
  MeetingChanges,
  MeetingInvitation,
  SlotStatus,
  WorkingHours,
} from "../ports/calendar.port.js";

const worse: Record<SlotStatus, number> = {
  free: 0,
  workingElsewhere: 1,
  tentative: 2,
  unknown: 3,
  busy: 4,
  oof: 5,
};

type Operation = "freeBusy" | "createMeeting" | "updateMeeting" | "cancelMeeting" | "getMeeting";

/**
 * Calendars in memory, for use-case tests: busy periods per mailbox, mailboxes whose free/busy cannot be read
 * (other organisations), events keyed by transaction id as Graph does, and failures to inject per operation.
 */
export class FakeCalendar implements CalendarPort {
  readonly events = new Map<string, CalendarMeeting & { transactionId: string | null; body: string }>();
  readonly calls: { operation: Operation; args: unknown[] }[] = [];
  private readonly busy = new Map<string, BusyPeriod[]>();
  private readonly hidden = new Set<string>();
  private readonly hours = new Map<string, WorkingHours>();
  private readonly failures: { operation: Operation; error: DomainError; times: number }[] = [];
  private nextEvent = 1;

  /** Marks a mailbox busy (or tentative, away) over a period. */
  setBusy(email: string, start: string, end: string, status: BusyPeriod["status"] = "busy"): this {
    const key = email.toLowerCase();
    this.busy.set(key, [...(this.busy.get(key) ?? []), { start, end, status }]);
    return this;
  }

  /** A mailbox in another organisation: its free/busy cannot be read. */
  hideCalendar(email: string): this {
    this.hidden.add(email.toLowerCase());
    return this;
  }

  setWorkingHours(email: string, hours: WorkingHours): this {
    this.hours.set(email.toLowerCase(), hours);
    return this;
  }

  /** The next `times` calls of `operation` fail with `code` (e.g. `GRAPH.THROTTLED`). */
  failNext(
    operation: Operation,
    code: DomainError["code"] = errorCatalogue.graph.unavailable,
    times = 1,
  ): this {
    this.failures.push({ operation, error: { code, message: `Fake ${operation} failed: ${code}` }, times });
    return this;
  }

  /** Moves an event as a chair would in Outlook. */
  moveEvent(eventId: string, start: string, end: string): void {
    const event = this.events.get(eventId);
    if (!event) throw new Error(`No event ${eventId}`);
    this.events.set(eventId, { ...event, start, end });
  }

  /** Adds an event as Outlook would (the add-in path), returning its id. */
  addOutlookEvent(organiser: string, start: string, end: string, online = false): string {
    const eventId = `event-${this.nextEvent++}`;
    this.events.set(eventId, {
      eventId,
      organiser,
      subject: "Panel meeting",
      start,
      end,
      attendees: [],
      joinUrl: online ? `https://teams.example/join/${eventId}` : null,
      webLink: null,
      cancelled: false,
      transactionId: null,
      body: "",
    });
    return eventId;
  }

  count(operation: Operation): number {
    return this.calls.filter((call) => call.operation === operation).length;
  }

  async freeBusy(query: FreeBusyQuery): Promise<Result<FreeBusyResult>> {
    const failed = this.take("freeBusy", [query]);
    if (failed) return failed;
    const interval = query.intervalMinutes ?? 30;
    const startMs = Date.parse(query.start);
    const endMs = Date.parse(query.end);
    const count = Math.ceil((endMs - startMs) / (interval * 60_000));
    return ok({
      start: new Date(startMs).toISOString(),
      end: new Date(endMs).toISOString(),
      intervalMinutes: interval,
      people: query.people.map((email) => {
        const key = email.toLowerCase();
        if (this.hidden.has(key)) {
          return {
            email,
            calendar: "unknown" as const,
            reason: "Free/busy is not shared by another organisation.",
            slots: Array.from({ length: count }, () => "unknown" as const),
            busy: [],
            workingHours: null,
          };
        }
        const periods = this.busy.get(key) ?? [];
        const slots = Array.from({ length: count }, (_, index): SlotStatus => {
          const from = startMs + index * interval * 60_000;
          const to = from + interval * 60_000;
          return periods
            .filter((period) => Date.parse(period.start) < to && Date.parse(period.end) > from)
            .reduce<SlotStatus>(
              (status, period) => (worse[period.status] > worse[status] ? period.status : status),
              "free",
            );
        });
        return {
          email,
          calendar: "visible" as const,
          reason: null,
          slots,
          busy: periods,
          workingHours: this.hours.get(key) ?? null,
        };
      }),
    });
  }

  async createMeeting(invitation: MeetingInvitation): Promise<Result<CalendarMeeting>> {
    const failed = this.take("createMeeting", [invitation]);
    if (failed) return failed;
    const existing = [...this.events.values()].find(
      (event) => event.organiser === invitation.organiser && event.transactionId === invitation.transactionId,
    );
    if (existing) return ok(publicView(existing));
    const eventId = `event-${this.nextEvent++}`;
    const event = {
      eventId,
      organiser: invitation.organiser,
      subject: invitation.subject,
      start: invitation.start,
      end: invitation.end,
      attendees: invitation.attendees,
      joinUrl: invitation.onlineMeeting ? `https://teams.example/join/${eventId}` : null,
      webLink: null,
      cancelled: false,
      transactionId: invitation.transactionId,
      body: invitation.bodyText,
    };
    this.events.set(eventId, event);
    return ok(publicView(event));
  }

  async updateMeeting(
    organiser: string,
    eventId: string,
    changes: MeetingChanges,
  ): Promise<Result<CalendarMeeting>> {
    const failed = this.take("updateMeeting", [organiser, eventId, changes]);
    if (failed) return failed;
    const event = this.events.get(eventId);
    if (!event || event.organiser !== organiser) return fail(errorCatalogue.graph.notFound, "No such event.");
    const { onlineMeeting, bodyText, ...fields } = changes;
    const next = {
      ...event,
      ...fields,
      ...(bodyText !== undefined ? { body: bodyText } : {}),
      joinUrl: onlineMeeting && !event.joinUrl ? `https://teams.example/join/${eventId}` : event.joinUrl,
    };
    this.events.set(eventId, next);
    return ok(publicView(next));
  }

  async cancelMeeting(organiser: string, eventId: string, comment: string): Promise<Result<void>> {
    const failed = this.take("cancelMeeting", [organiser, eventId, comment]);
    if (failed) return failed;
    this.events.delete(eventId);
    return ok(undefined);
  }

  async getMeeting(organiser: string, eventId: string): Promise<Result<CalendarMeeting | null>> {
    const failed = this.take("getMeeting", [organiser, eventId]);
    if (failed) return failed;
    const event = this.events.get(eventId);
    return ok(event && event.organiser === organiser ? publicView(event) : null);
  }

  private take(operation: Operation, args: unknown[]): { ok: false; error: DomainError } | null {
    this.calls.push({ operation, args });
    const failure = this.failures.find((entry) => entry.operation === operation && entry.times > 0);
    if (!failure) return null;
    failure.times--;
    return { ok: false, error: failure.error };
  }
}

function publicView(
  event: CalendarMeeting & { transactionId: string | null; body: string },
): CalendarMeeting {
  const { transactionId: _transactionId, body: _body, ...meeting } = event;
  return meeting;
}
