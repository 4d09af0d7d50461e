import type {
  Calendar,
  DateTimeTimeZone,
  Event,
  ScheduleInformation,
  ScheduleItem,
} from "@microsoft/microsoft-graph-types";
import { seededBusy, type BusyItem } from "./sandbox-busy.js";
import {
  graphError,
  json,
  readJson,
  type SandboxContext,
  type SandboxRequest,
  type SandboxResponse,
} from "./sandbox-http.js";
import type { SandboxUser } from "./sandbox-state.js";

const maxSchedules = 20;
const maxWindowMs = 62 * 24 * 60 * 60_000;
const statusCode: Record<string, string> = {
  free: "0",
  tentative: "1",
  busy: "2",
  oof: "3",
  workingElsewhere: "4",
};
const rank: Record<string, number> = { free: 0, workingElsewhere: 1, tentative: 2, busy: 3, oof: 4 };

const graphDateTime = (date: Date): DateTimeTimeZone => ({
  dateTime: date.toISOString().replace("Z", "0000"),
  timeZone: "UTC",
});
const parseDateTime = (value: DateTimeTimeZone | null | undefined): Date | null => {
  if (!value?.dateTime) return null;
  const date = new Date(`${value.dateTime.replace(/(\.\d{3})\d*$/, "$1").replace(/Z$/, "")}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
};

interface GetScheduleBody {
  schedules?: string[];
  startTime?: DateTimeTimeZone;
  endTime?: DateTimeTimeZone;
  availabilityViewInterval?: number;
}

export function getSchedule(
  context: SandboxContext,
  request: SandboxRequest,
  mailbox: SandboxUser,
): SandboxResponse {
  const body = readJson<GetScheduleBody>(request);
  const start = parseDateTime(body?.startTime);
  const end = parseDateTime(body?.endTime);
  const interval = body?.availabilityViewInterval ?? 30;
  if (!body?.schedules || !start || !end || end <= start) {
    return graphError(400, "ErrorInvalidRequest", "schedules, startTime and endTime are required.");
  }
  if (body.schedules.length > maxSchedules) {
    return graphError(400, "ErrorInvalidRequest", `The number of schedules cannot exceed ${maxSchedules}.`);
  }
  if (end.getTime() - start.getTime() > maxWindowMs) {
    return graphError(400, "ErrorInvalidRequest", "The requested time range exceeds 62 days.");
  }
  if (interval < 5 || interval > 1440)
    return graphError(400, "ErrorInvalidRequest", "availabilityViewInterval must be 5 to 1440.");
  const value = body.schedules.map((email) => scheduleFor(context, email, start, end, interval, mailbox));
  return json(200, {
    "@odata.context": `${context.url}/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)`,
    value,
  });
}

function scheduleFor(
  context: SandboxContext,
  email: string,
  start: Date,
  end: Date,
  interval: number,
  _mailbox: SandboxUser,
): ScheduleInformation {
  const user = context.state.findUser(email);
  if (!user) {
    return {
      scheduleId: email,
      error: {
        message: "The specified user could not be found in this organisation.",
        responseCode: "ErrorMailRecipientNotFound",
      },
    };
  }
  if (!user.freeBusyVisible) {
    return {
      scheduleId: email,
      error: {
        message: "Free/busy information is not available for this mailbox in another organisation.",
        responseCode: "ErrorFreeBusyGenerationFailed",
      },
    };
  }
  const items = [...seededBusy(user, start, end), ...createdEvents(context, user, start, end)].sort(
    (a, b) => a.start.getTime() - b.start.getTime(),
  );
  const slotMs = interval * 60_000;
  let view = "";
  for (let from = start.getTime(); from < end.getTime(); from += slotMs) {
    const to = from + slotMs;
    const status = items
      .filter((item) => item.start.getTime() < to && item.end.getTime() > from)
      .reduce((worst, item) => ((rank[item.status] ?? 0) > (rank[worst] ?? 0) ? item.status : worst), "free");
    view += statusCode[status] ?? "0";
  }
  const scheduleItems: ScheduleItem[] = items.map((item) => ({
    isPrivate: false,
    status: item.status,
    subject: item.subject,
    start: graphDateTime(item.start),
    end: graphDateTime(item.end),
  }));
  return {
    scheduleId: email,
    availabilityView: view,
    scheduleItems,
    workingHours: {
      daysOfWeek: user.workingHours.daysOfWeek as NonNullable<
        ScheduleInformation["workingHours"]
      >["daysOfWeek"],
      startTime: user.workingHours.startTime,
      endTime: user.workingHours.endTime,
      timeZone: { name: "GMT Standard Time" },
    },
  };
}

function createdEvents(context: SandboxContext, user: SandboxUser, start: Date, end: Date): BusyItem[] {
  const email = user.person.email.toLowerCase();
  return [...context.state.events.values()]
    .filter(
      ({ organiserId, event }) =>
        organiserId === user.id ||
        (event.attendees ?? []).some((a) => a.emailAddress?.address?.toLowerCase() === email),
    )
    .map(({ event }) => ({
      start: parseDateTime(event.start),
      end: parseDateTime(event.end),
      subject: event.subject ?? "",
    }))
    .filter((item): item is { start: Date; end: Date; subject: string } => Boolean(item.start && item.end))
    .filter((item) => item.end > start && item.start < end)
    .map((item) => ({ ...item, status: "busy" as const }));
}

export function getCalendar(context: SandboxContext, user: SandboxUser): SandboxResponse {
  const calendar: Calendar = {
    id: `calendar-${user.id}`,
    name: "Calendar",
    canEdit: true,
    owner: { name: user.person.displayName, address: user.person.email },
    allowedOnlineMeetingProviders: ["teamsForBusiness"],
    defaultOnlineMeetingProvider: "teamsForBusiness",
  };
  return json(200, {
    "@odata.context": `${context.url}/v1.0/$metadata#users('${user.id}')/calendar/$entity`,
    ...calendar,
  });
}

export function createEvent(
  context: SandboxContext,
  request: SandboxRequest,
  organiser: SandboxUser,
): SandboxResponse {
  const input = readJson<Event>(request);
  if (!input?.subject || !parseDateTime(input.start) || !parseDateTime(input.end)) {
    return graphError(400, "ErrorInvalidRequest", "subject, start and end are required.");
  }
  if (input.transactionId) {
    const existing = [...context.state.events.values()].find(
      (stored) => stored.organiserId === organiser.id && stored.event.transactionId === input.transactionId,
    );
    if (existing) return json(201, existing.event);
  }
  const id = context.state.nextEventId();
  const online = input.isOnlineMeeting === true && input.onlineMeetingProvider === "teamsForBusiness";
  const event: Event = {
    ...input,
    id,
    iCalUId: `040000008200E00074C5B7101A82E008${id}`,
    createdDateTime: new Date().toISOString(),
    lastModifiedDateTime: new Date().toISOString(),
    isCancelled: false,
    isOrganizer: true,
    organizer: { emailAddress: { name: organiser.person.displayName, address: organiser.person.email } },
    webLink: `${context.url}/owa/?itemid=${id}`,
    onlineMeeting: online ? { joinUrl: joinUrlFor(context, id) } : null,
    isOnlineMeeting: online,
  };
  context.state.events.set(id, { organiserId: organiser.id, event });
  return json(201, event);
}

const joinUrlFor = (context: SandboxContext, eventId: string) =>
  `${context.url}/l/meetup-join/19%3ameeting_${eventId}%40thread.v2/0`;

export function findEvent(context: SandboxContext, organiser: SandboxUser, eventId: string): Event | null {
  const stored = context.state.events.get(eventId);
  return stored && stored.organiserId === organiser.id ? stored.event : null;
}

export const eventNotFound = (): SandboxResponse =>
  graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");

export function updateEvent(context: SandboxContext, request: SandboxRequest, event: Event): SandboxResponse {
  const changes = readJson<Event>(request);
  if (!changes) return graphError(400, "ErrorInvalidRequest", "The request body is not valid JSON.");
  Object.assign(event, changes, { lastModifiedDateTime: new Date().toISOString() });
  // As in Exchange: switching an event to a Teams meeting gives it a join link.
  if (
    event.isOnlineMeeting === true &&
    event.onlineMeetingProvider === "teamsForBusiness" &&
    !event.onlineMeeting
  ) {
    event.onlineMeeting = { joinUrl: joinUrlFor(context, event.id ?? "") };
  }
  return json(200, event);
}

export function cancelEvent(context: SandboxContext, eventId: string): SandboxResponse {
  context.state.events.delete(eventId);
  return { status: 202 };
}
