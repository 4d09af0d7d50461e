import { slotSearchLimits, type SlotSuggestions } from "../api/scheduling-requests.js";
import { addCalendarDays, ukLocalDate } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { requireCalendar } from "./require-calendar.js";
import { loadSchedulingPanel } from "./scheduling-panel.js";
import { rankSlots } from "./slot-ranking.js";
import { slotWindow } from "./slot-window.js";
import { zoneTimeToUtcMs } from "./zone-time.js";

export interface SuggestMeetingSlotsInput {
  panelId: string;
  /** UK dates, both included; default today and eight weeks on. */
  from?: string;
  to?: string;
  /** Default: the panel's meeting length. */
  durationMinutes?: number;
  /** Default 25. */
  limit?: number;
}

/**
 * Ranked slots for a panel's next meeting, with every member's free/busy in each, from one free/busy query
 * over the window (the calendar adapter splits it as Graph requires). Chairs and coordinators only.
 */
export async function suggestMeetingSlots(
  deps: UseCaseDeps,
  actor: Actor,
  input: SuggestMeetingSlotsInput,
): Promise<Result<SlotSuggestions>> {
  const now = deps.clock.now();
  const today = ukLocalDate(now.toISOString());
  const loaded = await deps.store.read((tx) => loadSchedulingPanel(tx, actor, input.panelId, today));
  if (!loaded.ok) return loaded;
  const { panel, scheduler, attendees, closed } = loaded.value;
  const window = slotWindow(input, today);
  if (!window.ok) return window;
  const calendar = requireCalendar(deps);
  if (!calendar.ok) return calendar;

  const durationMinutes = input.durationMinutes ?? panel.settings.meetingMinutes;
  const intervalMinutes = durationMinutes % 30 === 0 ? 30 : durationMinutes % 15 === 0 ? 15 : 5;
  const start = new Date(zoneTimeToUtcMs(window.value.from, 0)).toISOString();
  const end = new Date(zoneTimeToUtcMs(addCalendarDays(window.value.to, 1), 0)).toISOString();
  const freeBusy = await calendar.value.freeBusy({
    asUser: scheduler.email,
    people: attendees.map(({ person }) => person.email),
    start,
    end,
    intervalMinutes,
  });
  if (!freeBusy.ok) return freeBusy;

  const ranked = rankSlots({
    panel,
    members: attendees.map(({ person, membership }, index) => ({
      personId: person.id,
      email: person.email,
      displayName: person.displayName,
      agency: membership.agency,
      organisation: person.organisation,
      availability: freeBusy.value.people[index] ?? null,
    })),
    freeBusyStart: freeBusy.value.start,
    intervalMinutes: freeBusy.value.intervalMinutes,
    from: window.value.from,
    to: window.value.to,
    durationMinutes,
    now,
    today,
    limit: input.limit ?? slotSearchLimits.defaultSlots,
    closureDays: closed,
  });
  return ok({
    panelId: panel.id,
    from: window.value.from,
    to: window.value.to,
    durationMinutes,
    timeZone: "Europe/London",
    quorumAgencies: panel.settings.quorumAgencies,
    requiredAgencies: panel.settings.requiredAgencies,
    ...ranked,
  });
}
