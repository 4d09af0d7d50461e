import type { ReferralState, Urgency } from "@convenor/shared";
import { formatDay, formatTime } from "@convenor/ui";

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

/** An instant as people in the UK read it, e.g. "Tue 14 Apr 2026, 10:00" (UK time). */
export const dateTimeLabel = (iso: string): string => `${formatDay(iso)}, ${formatTime(iso)}`;
