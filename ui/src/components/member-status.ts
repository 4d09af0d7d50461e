import type { MemberSlotStatus } from "@convenor/shared";

/** Words for each state: the grid never relies on colour alone. */
export const memberStatusLabels: Record<MemberSlotStatus, string> = {
  free: "Free",
  busy: "Busy",
  tentative: "Tentative",
  away: "Away",
  unknown: "Unknown",
};

/** A short mark beside the word, for a quick scan. */
export const memberStatusMarks: Record<MemberSlotStatus, string> = {
  free: "✓",
  busy: "✕",
  tentative: "~",
  away: "–",
  unknown: "?",
};
