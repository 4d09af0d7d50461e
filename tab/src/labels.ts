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

export const urgencyLabel = (urgency: Urgency): string => (urgency === "urgent" ? "Urgent" : "Routine");

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** An instant as people in the UK read it, e.g. "Tue 14 Apr 2026, 10:00". */
export const dateTimeLabel = (iso: string): string => dateTimeFormat.format(new Date(iso));

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hour: "2-digit",
  minute: "2-digit",
});

export const timeLabel = (iso: string): string => timeFormat.format(new Date(iso));

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
});

/** A calendar date (YYYY-MM-DD) as "Thu 9 Apr 2026"; anything else as it is. */
export const dayLabel = (isoDate: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? dayFormat.format(new Date(`${isoDate}T00:00:00Z`)) : isoDate;
