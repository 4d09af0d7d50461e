import type { Client } from "@microsoft/microsoft-graph-client";
import type { Attendee, Calendar, Event, ScheduleInformation } from "@microsoft/microsoft-graph-types";
import {
  ErrorCodes,
  fail,
  ok,
  type CalendarMeeting,
  type CalendarPort,
  type FreeBusyQuery,
  type FreeBusyResult,
  type MeetingChanges,
  type MeetingInvitation,
  type Result,
} from "@convenor/shared";
import { mergeAvailability, type PlannedOutcome } from "./free-busy-merge.js";
import { planScheduleRequests, slotCount, type ScheduleRequestPlan } from "./free-busy-plan.js";
import { sendInBatches, type BatchStep } from "./graph-batch.js";
import { fromGraphDateTime, toGraphDateTime, utcPreference } from "./graph-datetime.js";
import { domainErrorForStatus, graphCall, GraphErrorCodes } from "./graph-errors.js";
import { htmlBody } from "./event-body.js";
import type { RetryPolicy } from "./retry-policy.js";

const userPath = (mailbox: string) => `/users/${encodeURIComponent(mailbox)}`;

/** Outlook calendars through Microsoft Graph. */
export class GraphCalendar implements CalendarPort {
  constructor(
    private readonly client: Client,
    private readonly retry: RetryPolicy,
  ) {}

  async freeBusy(query: FreeBusyQuery): Promise<Result<FreeBusyResult>> {
    const interval = query.intervalMinutes ?? 30;
    const start = new Date(query.start);
    const end = new Date(query.end);
    if (!(interval >= 5 && interval <= 1440 && 1440 % interval === 0)) {
      return fail(ErrorCodes.validation, "The slot length must divide a day, between 5 and 1440 minutes.");
    }
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end <= start) {
      return fail(ErrorCodes.validation, "The window must end after it starts.");
    }
    const people = [...new Set(query.people.map((email) => email.trim().toLowerCase()))];
    const plans = planScheduleRequests(people, start, end, interval);
    const outcomes = await graphCall(() => this.fetchSchedules(query.asUser, plans, interval));
    if (!outcomes.ok) return outcomes;
    const merged = mergeAvailability(people, slotCount(start, end, interval), outcomes.value);
    return ok({
      start: start.toISOString(),
      end: end.toISOString(),
      intervalMinutes: interval,
      people: query.people.map((email) => {
        const found = merged.get(email.trim().toLowerCase());
        if (!found) throw new Error("Every requested person has an availability");
        return { ...found, email };
      }),
    });
  }

  private async fetchSchedules(
    asUser: string,
    plans: ScheduleRequestPlan[],
    interval: number,
  ): Promise<PlannedOutcome[]> {
    const url = `${userPath(asUser)}/calendar/getSchedule`;
    const body = (plan: ScheduleRequestPlan) => ({
      schedules: plan.people,
      startTime: toGraphDateTime(plan.window.start),
      endTime: toGraphDateTime(plan.window.end),
      availabilityViewInterval: interval,
    });
    const [only] = plans;
    if (plans.length === 1 && only) {
      const response = (await this.client.api(url).headers(utcPreference).post(body(only))) as {
        value: ScheduleInformation[];
      };
      return [{ plan: only, schedules: response.value }];
    }
    const steps: BatchStep[] = plans.map((plan) => ({
      id: plan.id,
      method: "POST",
      url,
      body: body(plan),
      headers: { "Content-Type": "application/json", ...utcPreference },
    }));
    const responses = await sendInBatches(this.client, steps, this.retry);
    return plans.map((plan): PlannedOutcome => {
      const response = responses.get(plan.id);
      if (response && response.status === 200) {
        return { plan, schedules: (response.body as { value: ScheduleInformation[] }).value };
      }
      const error = domainErrorForStatus(response?.status ?? 0);
      return { plan, failure: error?.message ?? `Graph answered ${response?.status ?? "nothing"}` };
    });
  }

  async createMeeting(invitation: MeetingInvitation): Promise<Result<CalendarMeeting>> {
    if (invitation.onlineMeeting) {
      const allowed = await graphCall(async () => {
        const calendar = (await this.client
          .api(`${userPath(invitation.organiser)}/calendar`)
          .select("allowedOnlineMeetingProviders")
          .get()) as Calendar;
        return (calendar.allowedOnlineMeetingProviders ?? []).includes("teamsForBusiness");
      });
      if (!allowed.ok) return allowed;
      if (!allowed.value) {
        return fail(
          GraphErrorCodes.onlineMeetingNotAllowed,
          "The organiser's calendar cannot create Teams meetings.",
        );
      }
    }
    const event: Event = {
      ...eventFields(invitation),
      transactionId: invitation.transactionId,
      ...(invitation.onlineMeeting
        ? { isOnlineMeeting: true, onlineMeetingProvider: "teamsForBusiness" }
        : {}),
    };
    return graphCall(async () => {
      const created = (await this.client
        .api(`${userPath(invitation.organiser)}/events`)
        .headers(utcPreference)
        .post(event)) as Event;
      return toMeeting(invitation.organiser, created);
    });
  }

  updateMeeting(
    organiser: string,
    eventId: string,
    changes: MeetingChanges,
  ): Promise<Result<CalendarMeeting>> {
    return graphCall(async () => {
      const updated = (await this.client
        .api(`${userPath(organiser)}/events/${encodeURIComponent(eventId)}`)
        .headers(utcPreference)
        .patch(eventFields(changes))) as Event;
      return toMeeting(organiser, updated);
    });
  }

  cancelMeeting(organiser: string, eventId: string, comment: string): Promise<Result<void>> {
    return graphCall(async () => {
      await this.client
        .api(`${userPath(organiser)}/events/${encodeURIComponent(eventId)}/cancel`)
        .post({ comment });
    });
  }

  async getMeeting(organiser: string, eventId: string): Promise<Result<CalendarMeeting | null>> {
    const found = await graphCall(async () => {
      const event = (await this.client
        .api(`${userPath(organiser)}/events/${encodeURIComponent(eventId)}`)
        .headers(utcPreference)
        .get()) as Event;
      return toMeeting(organiser, event);
    });
    if (!found.ok && found.error.code === GraphErrorCodes.notFound) return ok(null);
    return found;
  }
}

function eventFields(fields: MeetingChanges): Event {
  const event: Event = {};
  if (fields.subject !== undefined) event.subject = fields.subject;
  if (fields.bodyText !== undefined) event.body = { contentType: "html", content: htmlBody(fields.bodyText) };
  if (fields.start !== undefined) event.start = toGraphDateTime(fields.start);
  if (fields.end !== undefined) event.end = toGraphDateTime(fields.end);
  if (fields.location !== undefined) event.location = { displayName: fields.location };
  if (fields.onlineMeeting === true) {
    event.isOnlineMeeting = true;
    event.onlineMeetingProvider = "teamsForBusiness";
  }
  if (fields.attendees !== undefined) {
    event.attendees = fields.attendees.map((attendee): Attendee => ({
      emailAddress: { address: attendee.email, ...(attendee.name ? { name: attendee.name } : {}) },
      type: attendee.type,
    }));
  }
  return event;
}

function toMeeting(organiser: string, event: Event): CalendarMeeting {
  if (!event.id) throw new Error("Graph returned an event without an id");
  return {
    eventId: event.id,
    organiser: event.organizer?.emailAddress?.address ?? organiser,
    subject: event.subject ?? "",
    start: fromGraphDateTime(event.start),
    end: fromGraphDateTime(event.end),
    attendees: (event.attendees ?? []).map((attendee) => ({
      email: attendee.emailAddress?.address ?? "",
      ...(attendee.emailAddress?.name ? { name: attendee.emailAddress.name } : {}),
      type: attendee.type === "optional" ? "optional" : "required",
    })),
    joinUrl: event.onlineMeeting?.joinUrl ?? null,
    webLink: event.webLink ?? null,
    cancelled: event.isCancelled ?? false,
  };
}
