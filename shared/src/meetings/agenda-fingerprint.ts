import type { AgendaItem, Meeting } from "../model/meeting.js";
import { requestFingerprint } from "../referrals/request-fingerprint.js";

/** What a publication shows: when the agenda changes in any of these, publishing again says "updated". */
export function agendaFingerprint(meeting: Pick<Meeting, "startsAt">, items: readonly AgendaItem[]): string {
  return requestFingerprint({
    startsAt: meeting.startsAt,
    items: [...items]
      .sort((a, b) => a.position - b.position)
      .map((item) => [item.id, item.title, item.slotMinutes, item.presenterId, item.invitedPersonIds]),
  });
}
