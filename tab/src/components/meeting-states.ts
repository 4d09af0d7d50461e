import type { MeetingSummaryView } from "@convenor/shared";

/** Planned, or waiting for its calendar event: it may still get a Teams link. */
export function isStillToBeHeld(meeting: Pick<MeetingSummaryView, "state">): boolean {
  return meeting.state === "planned" || meeting.state === "pending";
}

/**
 * Held, or cancelled and its time gone. A planned meeting that ended today is not past yet: it is recorded
 * held once its UK day is over, and its chair may still change its agenda until then.
 */
export function isPast(meeting: Pick<MeetingSummaryView, "state" | "endsAt">, nowIso: string): boolean {
  return meeting.state === "held" || (meeting.state === "cancelled" && meeting.endsAt < nowIso);
}
