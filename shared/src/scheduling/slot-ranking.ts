import type {
  DeadlineView,
  MemberSlotStatus,
  SlotMember,
  SuggestedSlot,
} from "../api/scheduling-requests.js";
import { addCalendarDays, dayOfWeek } from "../calendar/iso-date.js";
import { isWorkingDay } from "../calendar/working-days.js";
import type { Panel } from "../model/panel.js";
import { agencies, type Agency } from "../model/people.js";
import type { PersonAvailability } from "../ports/calendar.port.js";
import { agencyList } from "./agency-names.js";
import { deadlineViews } from "./deadline-views.js";
import { intervalCodes, statusCode, statusOfCode, worstCode } from "./member-status.js";
import { ianaZone, minutesOfDay, zoneMidnightUtcMs, zoneTimeToUtcMs } from "./zone-time.js";

export interface RankingMember {
  personId: string;
  email: string;
  displayName: string;
  /** The agency the person represents on this panel. */
  agency: Agency;
  organisation: "internal" | "external";
  /** Null when the calendar was not asked (no mailbox): unknown throughout. */
  availability: PersonAvailability | null;
}

export interface RankSlotsInput {
  panel: Pick<Panel, "preset" | "settings">;
  members: readonly RankingMember[];
  /** Where the free/busy answer starts (ISO date-time) and its interval. */
  freeBusyStart: string;
  intervalMinutes: number;
  /** First and last UK date of the window. */
  from: string;
  to: string;
  durationMinutes: number;
  now: Date;
  /** UK date of `now`. */
  today: string;
  /** Days an organisation of the panel is closed: suggested last, and said so. */
  closureDays?: ReadonlySet<string>;
  limit: number;
}

/** Candidate starts: every half hour from 09:00 with the meeting over by 17:00, UK time. */
export const meetingDay = { startMinutes: 9 * 60, endMinutes: 17 * 60, stepMinutes: 30 } as const;

/** While other days have slots to offer, a day contributes at most this many to the answer. */
export const slotsPerDay = 3;

const weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

interface Candidate {
  date: string;
  startMs: number;
  endMs: number;
  codes: Uint8Array;
  free: number;
  tentative: number;
  unknown: number;
  /** Bits of `agencies` with at least one member free. */
  freeMask: number;
  quorumMet: boolean;
  /** How many required agencies have nobody free. */
  requiredMissing: number;
  deadlines: DeadlineView[];
  deadlinesReachable: boolean;
  outsideWorkingHours: number;
  closureDay: boolean;
}

export interface RankedSlots {
  members: SlotMember[];
  candidates: number;
  slots: SuggestedSlot[];
}

/**
 * Every candidate slot in the window on the panel's working days, each member's status in it, and the slots
 * in rank order: quorum, required agencies, deadlines still reachable, inside members' working hours, not a
 * closure day, then most members free and earliest. Weekends and bank holidays of the panel's nation are
 * never candidates.
 */
const noClosureDays: ReadonlySet<string> = new Set();

export function rankSlots(input: RankSlotsInput): RankedSlots {
  const { panel, members } = input;
  const settings = panel.settings;
  const closureDays = input.closureDays ?? noClosureDays;
  const intervalMs = input.intervalMinutes * 60_000;
  const durationMs = input.durationMinutes * 60_000;
  const stepMs = meetingDay.stepMinutes * 60_000;
  const freeBusyStartMs = Date.parse(input.freeBusyStart);
  const nowMs = input.now.getTime();
  const totalIntervals = Math.max(...members.map((member) => member.availability?.slots.length ?? 0), 0);
  const memberCodes = members.map((member) => intervalCodes(member.availability, totalIntervals));
  const workingHours = members.map((member) => workingHoursOf(member.availability));
  // Agencies as bits, so that a slot's free agencies, quorum and missing required agencies are integer sums.
  const agencyBits = members.map((member) => 1 << agencies.indexOf(member.agency));
  const requiredMask = settings.requiredAgencies.reduce(
    (mask, agency) => mask | (1 << agencies.indexOf(agency)),
    0,
  );
  const memberCount = members.length;
  const dayStarts = new Float64Array(memberCount);
  const dayEnds = new Float64Array(memberCount);
  const candidates: Candidate[] = [];

  for (let date = input.from; date <= input.to; date = addCalendarDays(date, 1)) {
    if (!isWorkingDay(date, settings.nation)) continue;
    const deadlines = deadlineViews(settings, panel.preset, `${date}T12:00:00Z`, input.today, closureDays);
    const deadlinesReachable = deadlines.every((deadline) => deadline.reachable);
    const closureDay = closureDays.has(date);
    fillWorkingWindows(date, workingHours, dayStarts, dayEnds);
    const dayEndMs = zoneTimeToUtcMs(date, meetingDay.endMinutes);
    for (
      let startMs = zoneTimeToUtcMs(date, meetingDay.startMinutes);
      startMs + durationMs <= dayEndMs;
      startMs += stepMs
    ) {
      if (startMs <= nowMs) continue;
      const endMs = startMs + durationMs;
      const from = Math.floor((startMs - freeBusyStartMs) / intervalMs);
      const to = Math.ceil((endMs - freeBusyStartMs) / intervalMs);
      const codes = new Uint8Array(memberCount);
      let freeMask = 0;
      let free = 0;
      let tentative = 0;
      let unknown = 0;
      let outsideWorkingHours = 0;
      for (let index = 0; index < memberCount; index++) {
        const code = worstCode(memberCodes[index] as Uint8Array, from, to);
        codes[index] = code;
        if (code === statusCode.free) {
          free++;
          freeMask |= agencyBits[index] as number;
          if (startMs < (dayStarts[index] as number) || endMs > (dayEnds[index] as number))
            outsideWorkingHours++;
        } else if (code === statusCode.tentative) tentative++;
        else if (code === statusCode.unknown) unknown++;
      }
      candidates.push({
        date,
        startMs,
        endMs,
        codes,
        free,
        tentative,
        unknown,
        freeMask,
        quorumMet: bitCount(freeMask) >= settings.quorumAgencies,
        requiredMissing: bitCount(requiredMask & ~freeMask),
        deadlines,
        deadlinesReachable,
        outsideWorkingHours,
        closureDay,
      });
    }
  }

  candidates.sort(compareCandidates);
  const picked = pick(candidates, input.limit);
  return {
    members: members.map((member) => ({
      personId: member.personId,
      email: member.email,
      displayName: member.displayName,
      agency: member.agency,
      organisation: member.organisation,
      calendar: member.availability?.calendar ?? "unknown",
    })),
    candidates: candidates.length,
    slots: picked.map((candidate, index) => toSlot(candidate, index + 1, input)),
  };
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    Number(b.quorumMet) - Number(a.quorumMet) ||
    a.requiredMissing - b.requiredMissing ||
    Number(b.deadlinesReachable) - Number(a.deadlinesReachable) ||
    a.outsideWorkingHours - b.outsideWorkingHours ||
    Number(a.closureDay) - Number(b.closureDay) ||
    b.free - a.free ||
    a.tentative - b.tentative ||
    a.unknown - b.unknown ||
    a.startMs - b.startMs
  );
}

/** The best `limit` slots, at most `slotsPerDay` from one day while other days have slots left. */
function pick(sorted: readonly Candidate[], limit: number): Candidate[] {
  const perDay = new Map<string, number>();
  const picked = new Set<Candidate>();
  for (const candidate of sorted) {
    if (picked.size >= limit) break;
    const taken = perDay.get(candidate.date) ?? 0;
    if (taken >= slotsPerDay) continue;
    perDay.set(candidate.date, taken + 1);
    picked.add(candidate);
  }
  for (const candidate of sorted) {
    if (picked.size >= limit) break;
    picked.add(candidate);
  }
  return sorted.filter((candidate) => picked.has(candidate));
}

function toSlot(candidate: Candidate, rank: number, input: RankSlotsInput): SuggestedSlot {
  const statuses: MemberSlotStatus[] = Array.from(candidate.codes, (code) => statusOfCode[code] ?? "unknown");
  const available = agencies.filter((_, bit) => candidate.freeMask & (1 << bit));
  const missing = input.panel.settings.requiredAgencies.filter((agency) => !available.includes(agency));
  return {
    startsAt: new Date(candidate.startMs).toISOString(),
    endsAt: new Date(candidate.endMs).toISOString(),
    date: candidate.date,
    rank,
    statuses,
    freeCount: candidate.free,
    agenciesAvailable: available,
    quorumMet: candidate.quorumMet,
    requiredAgenciesMissing: missing,
    deadlinesReachable: candidate.deadlinesReachable,
    outsideWorkingHours: candidate.outsideWorkingHours,
    closureDay: candidate.closureDay,
    deadlines: candidate.deadlines,
    reasons: reasonsFor(candidate, available.length, missing, input),
  };
}

function reasonsFor(
  candidate: Candidate,
  agencyCount: number,
  missing: readonly Agency[],
  input: RankSlotsInput,
): string[] {
  const { quorumAgencies, requiredAgencies } = input.panel.settings;
  const reasons: string[] = [];
  reasons.push(
    candidate.quorumMet
      ? `Quorum: ${agencyCount} agencies can attend (${quorumAgencies} needed)`
      : `No quorum: ${agencyCount} of ${quorumAgencies} agencies can attend`,
  );
  if (requiredAgencies.length > 0) {
    reasons.push(
      missing.length === 0
        ? `Required: ${agencyList(requiredAgencies)} can attend`
        : `Required: ${agencyList(missing)} cannot attend`,
    );
  }
  const missed = candidate.deadlines.filter((deadline) => !deadline.reachable);
  if (missed.length > 0) {
    reasons.push(`Passed: ${missed.map((deadline) => `${deadline.label} ${deadline.date}`).join(", ")}`);
  } else if (candidate.deadlines.length > 0) {
    reasons.push("Every deadline can still be met");
  }
  const members = input.members.length;
  const extras = [
    candidate.tentative ? `${candidate.tentative} tentative` : null,
    candidate.unknown ? `${candidate.unknown} unknown` : null,
  ].filter(Boolean);
  reasons.push(
    `${candidate.free} of ${members} members free${extras.length ? ` (${extras.join(", ")})` : ""}`,
  );
  if (candidate.outsideWorkingHours > 0) {
    reasons.push(
      `${candidate.outsideWorkingHours} free member${candidate.outsideWorkingHours === 1 ? "" : "s"} outside their working hours`,
    );
  }
  if (candidate.closureDay) reasons.push("Closure day");
  return reasons;
}

interface MemberWorkingHours {
  zone: string;
  startMinutes: number;
  endMinutes: number;
  /** 0 = Sunday ... 6 = Saturday. */
  weekdays: ReadonlySet<number>;
}

/** A member's working hours as Graph gives them; null when unknown (then they never count as outside). */
function workingHoursOf(availability: PersonAvailability | null): MemberWorkingHours | null {
  const hours = availability?.workingHours;
  if (!hours) return null;
  const startMinutes = minutesOfDay(hours.startTime);
  const endMinutes = minutesOfDay(hours.endTime);
  if (startMinutes === null || endMinutes === null) return null;
  const days = new Set(hours.daysOfWeek.map((day) => day.toLowerCase()));
  const weekdayNumbers = new Set(weekdays.flatMap((day, index) => (days.has(day) ? [index] : [])));
  return { zone: ianaZone(hours.timeZone), startMinutes, endMinutes, weekdays: weekdayNumbers };
}

/**
 * Each member's working hours on `date` as UTC instants, into `starts` and `ends`: unbounded when unknown (never
 * outside), empty on a day they do not work (always outside).
 */
function fillWorkingWindows(
  date: string,
  workingHours: readonly (MemberWorkingHours | null)[],
  starts: Float64Array,
  ends: Float64Array,
): void {
  const weekday = dayOfWeek(date);
  const midnights = new Map<string, number>();
  workingHours.forEach((hours, index) => {
    if (!hours) {
      starts[index] = Number.NEGATIVE_INFINITY;
      ends[index] = Number.POSITIVE_INFINITY;
      return;
    }
    if (!hours.weekdays.has(weekday)) {
      starts[index] = Number.POSITIVE_INFINITY;
      ends[index] = Number.NEGATIVE_INFINITY;
      return;
    }
    let midnight = midnights.get(hours.zone);
    if (midnight === undefined) {
      midnight = zoneMidnightUtcMs(date, hours.zone);
      midnights.set(hours.zone, midnight);
    }
    starts[index] = midnight + hours.startMinutes * 60_000;
    ends[index] = midnight + hours.endMinutes * 60_000;
  });
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}
