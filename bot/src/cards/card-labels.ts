import { referralStateLabel, ukDateLabel, type Urgency } from "@convenor/shared";

export const stateLabel = referralStateLabel;

export const urgencyLabel = (urgency: Urgency): string =>
  urgency === "urgent" ? "Urgent: cannot wait for the next meeting" : "Routine";

// Built once: constructing an Intl.DateTimeFormat costs far more than formatting with one.
const meetingTimeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/**
 * Remembers the labels of the last few hundred values: formatting with Intl costs tens of microseconds, and
 * every confirmation card names one of a panel's few upcoming meetings and its deadlines.
 */
function remembered(label: (value: string) => string): (value: string) => string {
  const labels = new Map<string, string>();
  return (value) => {
    let text = labels.get(value);
    if (text === undefined) {
      if (labels.size >= 512) labels.clear();
      text = label(value);
      labels.set(value, text);
    }
    return text;
  };
}

/** A meeting time as people in the UK read it, e.g. "Tue 14 Apr 2026, 10:00". */
export const meetingTime = remembered((iso) => meetingTimeFormat.format(new Date(iso)));

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
});

/** An ISO date (YYYY-MM-DD) as "Thu 9 Apr 2026". */
export const dayLabel = remembered((isoDate) => dayFormat.format(new Date(`${isoDate}T00:00:00Z`)));

/** A calendar date (YYYY-MM-DD) as people in the UK write it, e.g. "14 May 2013"; anything else as it is. */
export const dateLabel = ukDateLabel;
