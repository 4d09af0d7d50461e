import type { ReferralState, Urgency } from "@convenor/shared";

const stateLabels: Record<ReferralState, string> = {
  draft: "Draft",
  submitted: "Awaiting screening",
  accepted: "Accepted",
  returned: "Returned: more information needed",
  declined: "Declined",
  scheduled: "On a meeting agenda",
  heard: "Heard",
  decided: "Decided",
  deferred: "Deferred to the next meeting",
  closed: "Closed",
};

export const stateLabel = (state: ReferralState): string => stateLabels[state];

export const urgencyLabel = (urgency: Urgency): string =>
  urgency === "urgent" ? "Urgent: cannot wait for the next meeting" : "Routine";

/** A meeting time as people in the UK read it, e.g. "Tue 14 Apr 2026, 10:00". */
export function meetingTime(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}

/** An ISO date (YYYY-MM-DD) as "Thu 9 Apr 2026". */
export function dayLabel(isoDate: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(new Date(`${isoDate}T00:00:00Z`));
}
