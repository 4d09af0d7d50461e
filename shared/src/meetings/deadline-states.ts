import type { DeadlineState, MeetingDeadlineView } from "../api/meeting-requests.js";
import type { DeadlineKind } from "../api/scheduling-requests.js";
import { ukLocalDate } from "../calendar/iso-date.js";
import type { MeetingDeadlines } from "../calendar/meeting-deadlines.js";

export interface DeadlineFacts {
  /** When the agenda was (last) published; null before. */
  agendaPublishedAt: string | null;
  /** Whether any paper arrived after the papers deadline. */
  anyPaperLate: boolean;
}

/**
 * Each deadline of the meeting with its state on `today` (a UK date). Convenor tracks the agenda (met when
 * its latest publication was by the date, so an update sent after the deadline shows late) and papers
 * (late when any arrived after it); the others are `due` until their date passes, then `passed`.
 */
export function deadlineStates(
  deadlines: MeetingDeadlines,
  facts: DeadlineFacts,
  today: string,
  labelOf: (kind: DeadlineKind) => string,
): MeetingDeadlineView[] {
  const views: MeetingDeadlineView[] = [];
  const add = (kind: DeadlineKind, date: string | null, state: (date: string) => DeadlineState) => {
    if (date) views.push({ kind, label: labelOf(kind), date, state: state(date) });
  };
  const untracked = (date: string): DeadlineState => (today > date ? "passed" : "due");
  add("referral", deadlines.referral, untracked);
  add("agenda", deadlines.agenda, (date) => {
    if (facts.agendaPublishedAt) return ukLocalDate(facts.agendaPublishedAt) <= date ? "met" : "late";
    return today > date ? "late" : "due";
  });
  add("papers", deadlines.papers, (date) => {
    if (facts.anyPaperLate) return "late";
    return today > date ? "met" : "due";
  });
  add("redList", deadlines.redList, untracked);
  add("minutesDue", deadlines.minutesDue, untracked);
  return views;
}

/** A paper (or agenda) filed at `atIso` is late when its UK date is after the deadline date. */
export const isAfterDeadline = (deadline: string | null, atIso: string): boolean =>
  deadline !== null && ukLocalDate(atIso) > deadline;
