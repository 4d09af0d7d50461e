import type {
  DeadlineView,
  MemberSlotStatus,
  SlotMember,
  SuggestedSlot,
} from "../api/scheduling-requests.js";
import { addCalendarDays } from "../calendar/iso-date.js";
import { isWorkingDay } from "../calendar/working-days.js";
import type { Panel } from "../model/panel.js";
import type { Agency } from "../model/people.js";
import type { PersonAvailability } from "../ports/calendar.port.js";
import { agencyList } from "./agency-names.js";
import { deadlineViews } from "./deadline-views.js";
import { intervalCodes, statusCode, statusOfCode, worstCode } from "./member-status.js";
import { ianaZone, minutesOfDay, zoneTimeToUtcMs } from "./zone-time.js";

export interface RankingMember {
  personId: string;
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
  agencies: Agency[];
  quorumMet: boolean;
  requiredMissing: Agency[];
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
export function rankSlots(input: RankSlotsInput): RankedSlots {
  const { panel, members } = input;
  const settings = panel.settings;
  const intervalMs = input.intervalMinutes * 60_000;
  const durationMs = input.durationMinutes * 60_000;
  const stepMs = meetingDay.stepMinutes * 60_000;
  const freeBusyStartMs = Date.parse(input.freeBusyStart);
  const nowMs = input.now.getTime();
  const totalIntervals = Math.max(...members.map((member) => member.availability?.slots.length ?? 0), 0);
  const memberCodes = members.map((member) => intervalCodes(member.availability, totalIntervals));
  const workingHours = members.map((member) => workingHoursOf(member.availability));
  const candidates: Candidate[] = [];

  for (let date = input.from; date <= input.to; date = addCalendarDays(date, 1)) {
    if (!isWorkingDay(date, settings.nation)) continue;
    const deadlines = deadlineViews(settings, panel.preset, `${date}T12:00:00Z`, input.today);
    const deadlinesReachable = deadlines.every((deadline) => deadline.reachable);
    const closureDay = input.closureDays?.has(date) ?? false;
    const memberDays = workingHours.map((hours) => hours?.(date) ?? null);
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
      const codes = new Uint8Array(members.length);
      const agencies = new Set<Agency>();
      let free = 0;
      let tentative = 0;
      let unknown = 0;
      let outsideWorkingHours = 0;
      members.forEach((member, index) => {
        const code = worstCode(memberCodes[index] ?? new Uint8Array(), from, to);
        codes[index] = code;
        if (code === statusCode.unknown) unknown++;
        if (code === statusCode.tentative) tentative++;
        if (code !== statusCode.free) return;
        free++;
        agencies.add(member.agency);
        const hours = memberDays[index];
        if (hours !== null && hours !== undefined && (startMs < hours.startMs || endMs > hours.endMs)) {
          outsideWorkingHours++;
        }
      });
      candidates.push({
        date,
        startMs,
        endMs,
        codes,
        free,
        tentative,
        unknown,
        agencies: [...agencies],
        quorumMet: agencies.size >= settings.quorumAgencies,
        requiredMissing: settings.requiredAgencies.filter((agency) => !agencies.has(agency)),
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
    a.requiredMissing.length - b.requiredMissing.length ||
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
  return {
    startsAt: new Date(candidate.startMs).toISOString(),
    endsAt: new Date(candidate.endMs).toISOString(),
    date: candidate.date,
    rank,
    statuses,
    freeCount: candidate.free,
    agenciesAvailable: candidate.agencies,
    quorumMet: candidate.quorumMet,
    requiredAgenciesMissing: candidate.requiredMissing,
    deadlinesReachable: candidate.deadlinesReachable,
    outsideWorkingHours: candidate.outsideWorkingHours,
    closureDay: candidate.closureDay,
    deadlines: candidate.deadlines,
    reasons: reasonsFor(candidate, input),
  };
}

function reasonsFor(candidate: Candidate, input: RankSlotsInput): string[] {
  const { quorumAgencies, requiredAgencies } = input.panel.settings;
  const reasons: string[] = [];
  const agencies = candidate.agencies.length;
  reasons.push(
    candidate.quorumMet
      ? `Quorum: ${agencies} agencies can attend (${quorumAgencies} needed)`
      : `No quorum: ${agencies} of ${quorumAgencies} agencies can attend`,
  );
  if (requiredAgencies.length > 0) {
    reasons.push(
      candidate.requiredMissing.length === 0
        ? `Required: ${agencyList(requiredAgencies)} can attend`
        : `Required: ${agencyList(candidate.requiredMissing)} cannot attend`,
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

/** A member's working hours on a date as UTC instants, or null on a day they do not work; null if unknown. */
function workingHoursOf(
  availability: PersonAvailability | null,
): ((date: string) => { startMs: number; endMs: number } | null) | null {
  const hours = availability?.workingHours;
  if (!hours) return null;
  const start = minutesOfDay(hours.startTime);
  const end = minutesOfDay(hours.endTime);
  if (start === null || end === null) return null;
  const zone = ianaZone(hours.timeZone);
  const days = new Set(hours.daysOfWeek.map((day) => day.toLowerCase()));
  return (date) => {
    const weekday = weekdays[new Date(`${date}T12:00:00Z`).getUTCDay()] ?? "";
    if (!days.has(weekday)) return { startMs: 0, endMs: 0 };
    return { startMs: zoneTimeToUtcMs(date, start, zone), endMs: zoneTimeToUtcMs(date, end, zone) };
  };
}
