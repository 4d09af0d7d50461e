import { z } from "zod";
import { agencies, type Agency } from "../model/people.js";
import { panelSettingsLimits } from "../panels/panel-settings.js";
import { identifier } from "./identifier.js";

/**
 * Requests and answers of the scheduling routes: slot suggestions, a meeting's deadlines, scheduling a
 * meeting (through Convenor, or linking the event the chair saved in Outlook) and a panel's scheduling
 * settings. The browser apps compile against these types.
 */

/** The longest window one slot search may cover, and the longest answer it gives. */
export const slotSearchLimits = {
  defaultWeeks: 8,
  maxWeeks: 13,
  defaultSlots: 25,
  maxSlots: 200,
} as const;

/** The longest reason a chair gives for a slot that breaks a deadline or the quorum. */
export const overrideReasonMaxLength = 500;

/** Graph event ids are about 150 characters; leave room without accepting anything unbounded. */
export const calendarEventIdMaxLength = 512;

export const isoDate = z
  .string()
  .max(10)
  .regex(/^\d{4}-\d{2}-\d{2}$/, "A date written YYYY-MM-DD.")
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && validCalendarDate(text), {
    message: "Not a calendar date.",
  });

function validCalendarDate(text: string): boolean {
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An instant with an explicit offset or `Z`, e.g. `2026-12-03T09:30:00Z`. */
const isoDateTime = z
  .string()
  .max(40)
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/,
    "A date and time with its offset, e.g. 2026-12-03T09:30:00Z.",
  )
  .refine((text) => !Number.isNaN(Date.parse(text)), { message: "Not a date and time." });

const wholeNumberText = (min: number, max: number, what: string) =>
  z
    .string()
    .regex(/^\d{1,4}$/, `${what}: a whole number from ${min} to ${max}.`)
    .transform(Number)
    .pipe(z.number().min(min, `${what}: at least ${min}.`).max(max, `${what}: at most ${max}.`));

const minutesLimits = panelSettingsLimits.meetingMinutes;

/** `GET /api/panels/{panelId}/slots?from=&to=&durationMinutes=&limit=` */
export const slotSearchQuery = z.strictObject({
  /** First day of the window (UK date); default today. */
  from: isoDate.optional(),
  /** Last day of the window, included; default eight weeks after `from`. */
  to: isoDate.optional(),
  /** Default: the panel's meeting length. */
  durationMinutes: wholeNumberText(
    minutesLimits.min,
    minutesLimits.max,
    "Meeting length in minutes",
  ).optional(),
  /** How many of the best slots to return; default 25. */
  limit: wholeNumberText(1, slotSearchLimits.maxSlots, "Number of slots").optional(),
});
export type SlotSearchQuery = z.infer<typeof slotSearchQuery>;

/** `GET /api/panels/{panelId}/deadlines?meetingDate=` */
export const meetingDeadlinesQuery = z.strictObject({ meetingDate: isoDate });
export type MeetingDeadlinesQuery = z.infer<typeof meetingDeadlinesQuery>;

/**
 * `POST /api/meetings`. `eventBy: "convenor"` creates the calendar event with a Teams meeting now;
 * `"outlook"` leaves the meeting pending until the add-in links the event the chair saved
 * (`POST /api/meetings/{id}/event`).
 */
export const scheduleMeetingBody = z.strictObject({
  panelId: identifier(64),
  idempotencyKey: identifier(128, 8),
  startsAt: isoDateTime,
  /** Default: the panel's meeting length. */
  durationMinutes: z.number().int().min(minutesLimits.min).max(minutesLimits.max).optional(),
  eventBy: z.enum(["convenor", "outlook"]).default("convenor"),
  /** Required when the slot misses a deadline, the quorum or a required agency. */
  overrideReason: z.string().trim().min(1).max(overrideReasonMaxLength).optional(),
});
export type ScheduleMeetingBody = z.infer<typeof scheduleMeetingBody>;

/** `POST /api/meetings/{id}/event`: the event the chair saved in Outlook. */
export const linkMeetingEventBody = z.strictObject({
  eventId: identifier(calendarEventIdMaxLength),
});
export type LinkMeetingEventBody = z.infer<typeof linkMeetingEventBody>;

/** `PUT /api/panels/{panelId}/scheduling-settings`: only the fields given change. */
export const schedulingSettingsBody = z
  .strictObject({
    meetingMinutes: z.number().int().min(minutesLimits.min).max(minutesLimits.max).optional(),
    quorumAgencies: z
      .number()
      .int()
      .min(panelSettingsLimits.quorumAgencies.min)
      .max(panelSettingsLimits.quorumAgencies.max)
      .optional(),
    requiredAgencies: z.array(z.enum(agencies)).max(agencies.length).optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: "Give at least one of meetingMinutes, quorumAgencies, requiredAgencies.",
  });
export type SchedulingSettingsBody = z.infer<typeof schedulingSettingsBody>;

// ---- Answers ----

/** A member's state in a slot. `unknown`: their calendar cannot be read (another organisation): never free. */
export type MemberSlotStatus = "free" | "tentative" | "busy" | "away" | "unknown";

export type DeadlineKind = "referral" | "agenda" | "papers" | "redList" | "minutesDue";

export interface DeadlineView {
  kind: DeadlineKind;
  /** e.g. "Child's Plan due", "Agenda out", "Note of the meeting due". */
  label: string;
  /** UK local date, YYYY-MM-DD. */
  date: string;
  /** Before the meeting: the date is today or later; after it: always true. */
  reachable: boolean;
}

export interface SlotMember {
  personId: string;
  displayName: string;
  /** The member's address, for the Outlook add-in to invite them as a required attendee. */
  email: string;
  agency: Agency;
  organisation: "internal" | "external";
  /** Whether Convenor could read the calendar at all. */
  calendar: "visible" | "partial" | "unknown";
}

export interface SuggestedSlot {
  startsAt: string;
  endsAt: string;
  /** UK local date of the start. */
  date: string;
  /** 1 = best. */
  rank: number;
  /** One status per `SlotSuggestions.members` entry, same order. */
  statuses: MemberSlotStatus[];
  freeCount: number;
  /** Agencies with at least one member free. */
  agenciesAvailable: Agency[];
  quorumMet: boolean;
  requiredAgenciesMissing: Agency[];
  /** Every deadline reachable from today. */
  deadlinesReachable: boolean;
  /** Members free outside their own working hours (Graph's working hours). */
  outsideWorkingHours: number;
  closureDay: boolean;
  deadlines: DeadlineView[];
  /** Short human-readable reasons for the rank, best facts first. */
  reasons: string[];
}

export interface SlotSuggestions {
  panelId: string;
  from: string;
  to: string;
  durationMinutes: number;
  timeZone: "Europe/London";
  quorumAgencies: number;
  requiredAgencies: Agency[];
  members: SlotMember[];
  /** Candidates considered before `limit`. */
  candidates: number;
  slots: SuggestedSlot[];
}

export interface MeetingDeadlinesView {
  panelId: string;
  meetingDate: string;
  deadlines: DeadlineView[];
}

export interface MeetingSummary {
  id: string;
  panelId: string;
  startsAt: string;
  endsAt: string;
  /** `pending`: recorded, its calendar event not made or linked yet. */
  state: "pending" | "planned" | "held" | "cancelled";
  calendarEventId: string | null;
  joinUrl: string | null;
}

export interface ScheduledMeetingView {
  meeting: MeetingSummary;
  deadlines: DeadlineView[];
  /** What the chair overrode with a reason (missed deadlines, quorum, required agencies); empty if none. */
  overridden: string[];
  /** True when this answer repeats an earlier request with the same idempotency key. */
  replayed: boolean;
}

export interface SchedulingSettingsView {
  panelId: string;
  meetingMinutes: number;
  quorumAgencies: number;
  requiredAgencies: Agency[];
}
