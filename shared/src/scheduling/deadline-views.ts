import type { DeadlineKind, DeadlineView } from "../api/scheduling-requests.js";
import { meetingDeadlines, type MeetingDeadlines } from "../calendar/meeting-deadlines.js";
import type { ClosureDates } from "../calendar/working-days.js";
import type { PanelSettings, PresetKey } from "../model/panel.js";

const kinds: readonly DeadlineKind[] = ["referral", "agenda", "papers", "redList", "minutesDue"];

/** What each deadline is called on a panel: the procedures name them differently. */
export function deadlineLabel(kind: DeadlineKind, preset: PresetKey): string {
  switch (kind) {
    case "referral":
      return preset === "icsmg"
        ? "Child's Plan due"
        : preset === "isg"
          ? "Referral paperwork due"
          : "Referrals due";
    case "agenda":
      return "Agenda out";
    case "papers":
      return "Papers out";
    case "redList":
      return "Red list to members";
    case "minutesDue":
      return preset === "icsmg"
        ? "Note of the meeting due"
        : preset === "isg"
          ? "Outcome due"
          : "Minutes due";
  }
}

/**
 * Every deadline of a meeting starting at `startsAt`, in order, as UK dates. A deadline before the meeting
 * is reachable while its date is today or later; the minutes are always still to come.
 */
export function deadlineViews(
  settings: PanelSettings,
  preset: PresetKey,
  startsAt: string,
  today: string,
  closed: ClosureDates,
): DeadlineView[] {
  const deadlines = cachedDeadlines(settings, startsAt, closed);
  const views: DeadlineView[] = [];
  for (const kind of kinds) {
    const date = deadlines[kind];
    if (date === null) continue;
    views.push({
      kind,
      label: deadlineLabel(kind, preset),
      date,
      reachable: kind === "minutesDue" || date >= today,
    });
  }
  return views;
}

/**
 * A meeting's deadlines depend only on the nation, the periods and the meeting's UK date, and a slot search
 * asks for the same few dozen dates again and again: computing one (time zone and bank holiday look-ups)
 * costs more than ranking all of a day's slots.
 */
/** Keyed by the closure days' set as well: a search loads them once and asks for many dates. */
const deadlineCaches = new WeakMap<ClosureDates, Map<string, MeetingDeadlines>>();
const deadlineCacheLimit = 10_000;

function cachedDeadlines(settings: PanelSettings, startsAt: string, closed: ClosureDates): MeetingDeadlines {
  let deadlineCache = deadlineCaches.get(closed);
  if (!deadlineCache) {
    deadlineCache = new Map();
    deadlineCaches.set(closed, deadlineCache);
  }
  const key = JSON.stringify([
    settings.nation,
    settings.referralDeadline,
    settings.agendaDeadline,
    settings.papersDeadline,
    settings.redListDeadline,
    settings.minutesDue,
    startsAt,
  ]);
  let deadlines = deadlineCache.get(key);
  if (!deadlines) {
    deadlines = meetingDeadlines(settings, startsAt, closed);
    if (deadlineCache.size >= deadlineCacheLimit) deadlineCache.clear();
    deadlineCache.set(key, deadlines);
  }
  return deadlines;
}
