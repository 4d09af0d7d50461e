import { ukLocalDate } from "../calendar/iso-date.js";
import { isWorkingDay, type ClosureDates } from "../calendar/working-days.js";
import type { Panel } from "../model/panel.js";
import type { Agency } from "../model/people.js";
import { ok, type Result } from "../model/result.js";
import type { CalendarPort } from "../ports/calendar.port.js";
import { agencyList } from "./agency-names.js";
import { deadlineViews } from "./deadline-views.js";
import { intervalCodes, statusCode, worstCode } from "./member-status.js";
import type { PanelAttendee } from "./scheduling-panel.js";

const nationNames = { scotland: "Scotland", "england-wales": "England and Wales" } as const;
const intervalMinutes = 5;

/**
 * What a chosen slot breaks, as sentences for the chair: a day off, deadlines already passed, no quorum of
 * agencies free, a required agency not free. Reads the attendees' free/busy for the slot only.
 */
export async function slotBreaches(
  calendar: CalendarPort,
  panel: Pick<Panel, "preset" | "settings">,
  scheduler: string,
  attendees: readonly PanelAttendee[],
  slot: { startsAt: string; endsAt: string },
  today: string,
  closed: ClosureDates,
): Promise<Result<string[]>> {
  const { settings } = panel;
  const breaches: string[] = [];
  const date = ukLocalDate(slot.startsAt);
  if (!isWorkingDay(date, settings.nation)) {
    breaches.push(`${date} is not a working day in ${nationNames[settings.nation]}`);
  } else if (closed.has(date)) {
    breaches.push(`${date} is one of the organisation's closure days`);
  }
  for (const deadline of deadlineViews(settings, panel.preset, slot.startsAt, today, closed)) {
    if (!deadline.reachable) breaches.push(`${deadline.label} (${deadline.date}) has passed`);
  }
  const startMs = Date.parse(slot.startsAt);
  const intervalMs = intervalMinutes * 60_000;
  const intervals = Math.ceil((Date.parse(slot.endsAt) - startMs) / intervalMs);
  const freeBusy = await calendar.freeBusy({
    asUser: scheduler,
    people: attendees.map(({ person }) => person.email),
    start: new Date(startMs).toISOString(),
    end: new Date(startMs + intervals * intervalMs).toISOString(),
    intervalMinutes,
  });
  if (!freeBusy.ok) return freeBusy;
  const free = new Set<Agency>();
  attendees.forEach(({ membership }, index) => {
    const codes = intervalCodes(freeBusy.value.people[index] ?? null, intervals);
    if (worstCode(codes, 0, intervals) === statusCode.free) free.add(membership.agency);
  });
  if (free.size < settings.quorumAgencies) {
    breaches.push(`No quorum: ${free.size} of ${settings.quorumAgencies} agencies can attend`);
  }
  const missing = settings.requiredAgencies.filter((agency) => !free.has(agency));
  if (missing.length > 0) breaches.push(`Required: ${agencyList(missing)} cannot attend`);
  return ok(breaches);
}
