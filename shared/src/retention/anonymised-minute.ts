import type { MinuteAgreement } from "../model/minute.js";

/** A minute version's agreements without the names of the child and parents (relationship, answer, date kept). */
export function withoutNames(agreements: readonly MinuteAgreement[]): MinuteAgreement[] {
  return agreements.map((agreement) => ({ ...agreement, name: "" }));
}

/** The meeting and version of a minute version's retention id, `meetingId/version`. */
export function minuteKey(id: string): { meetingId: string; version: number } {
  const slash = id.lastIndexOf("/");
  return { meetingId: id.slice(0, slash), version: Number(id.slice(slash + 1)) };
}
