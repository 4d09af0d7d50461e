import { canViewReferral } from "../auth/policies.js";
import type { Referral } from "../model/referral.js";
import type { StoreTx } from "../ports/store.port.js";

/**
 * Whether the person may read the referral, with the agenda facts `canViewReferral` needs loaded from the
 * store. Rules that look at other referrals use it, so that what a person is told never depends on a
 * record they may not read.
 */
export async function mayRead(tx: StoreTx, personId: string, referral: Referral): Promise<boolean> {
  const memberships = await tx.panels.membershipsOf(personId);
  if (canViewReferral(memberships, personId, referral, [])) return true;
  const agendaItems = [];
  for (const meeting of await tx.meetings.listByPanel(referral.panelId)) {
    agendaItems.push(...(await tx.agenda.listForMeeting(meeting.id)));
  }
  return canViewReferral(memberships, personId, referral, agendaItems);
}
