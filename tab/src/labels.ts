import { referralStateLabel, type Urgency } from "@convenor/shared";
import { formatDay, formatTime } from "@convenor/ui";

export const stateLabel = referralStateLabel;

export const urgencyLabel = (urgency: Urgency): string => (urgency === "urgent" ? "Urgent" : "Routine");

/** An instant as people in the UK read it, e.g. "Tue 14 Apr 2026, 10:00" (UK time). */
export const dateTimeLabel = (iso: string): string => `${formatDay(iso)}, ${formatTime(iso)}`;
