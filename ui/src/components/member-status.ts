import type { MemberStatus } from "../api/scheduling-types.js";

/** Words for each state: the grid never relies on colour alone. */
export const memberStatusLabels: Record<MemberStatus, string> = {
  free: "Free",
  busy: "Busy",
  tentative: "Tentative",
  away: "Away",
  unknown: "Unknown",
};

/** A short mark beside the word, for a quick scan. */
export const memberStatusMarks: Record<MemberStatus, string> = {
  free: "✓",
  busy: "✕",
  tentative: "~",
  away: "–",
  unknown: "?",
};
