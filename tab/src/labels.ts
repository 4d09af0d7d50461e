import { referralStateLabel, type Rag, type RagArea, type Urgency } from "@convenor/shared";
import { formatDay, formatTime } from "@convenor/ui";

export const stateLabel = referralStateLabel;

export const urgencyLabel = (urgency: Urgency): string => (urgency === "urgent" ? "Urgent" : "Routine");

/** An instant as people in the UK read it, e.g. "Tue 14 Apr 2026, 10:00" (UK time). */
export const dateTimeLabel = (iso: string): string => `${formatDay(iso)}, ${formatTime(iso)}`;

/** The tracker's five areas, in full (accessible names, headers) and as the grid's legend abbreviates them. */
export const ragAreaLabel: Record<RagArea, { full: string; short: string }> = {
  "missing-or-exploitation": { full: "Missing or exploitation", short: "Missing" },
  "education-employment-training": { full: "Education, employment or training", short: "EET" },
  "placement-permanency": { full: "Placement and permanency", short: "Placement" },
  "youth-justice": { full: "Youth justice", short: "Youth justice" },
  health: { full: "Health", short: "Health" },
};

export const ragLabel: Record<Rag, string> = { red: "red", amber: "amber", green: "green" };
export const ragLetter: Record<Rag, string> = { red: "R", amber: "A", green: "G" };

/** A YYYY-MM-DD date as people read it, e.g. "Thu 5 Mar 2026". */
export const dateLabel = (isoDate: string): string => formatDay(isoDate);
