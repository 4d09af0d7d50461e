import type { AgendaItemView, AgendaView, PersonRef } from "../api/meeting-requests.js";
import type { AgendaItem } from "../model/meeting.js";
import type { StoreTx } from "../ports/store.port.js";
import { agendaFingerprint } from "./agenda-fingerprint.js";
import { visibleItems, type MeetingAccess } from "./meeting-access.js";
import { papersByItem } from "./papers/paper-view.js";

/**
 * The agenda as this person may see it: references and non-identifying titles, never case detail (no
 * child id, no referral form). An attendee sees only their items. Until the chair publishes it, the agenda
 * is a draft that only the chair and coordinators see: members learn of it when it is published.
 */
export async function readAgendaView(
  tx: StoreTx,
  access: MeetingAccess,
  personId: string,
): Promise<AgendaView> {
  const record = await tx.agendaRecords.get(access.meeting.id);
  const draft = !record?.publishedAt && access.viewer !== "manager";
  const items = draft ? [] : visibleItems(access, personId);
  const papers = await papersByItem(tx, items, personId);
  const people = new Map<string, PersonRef>();
  const personRef = async (id: string): Promise<PersonRef> => {
    const known = people.get(id);
    if (known) return known;
    const person = await tx.people.get(id);
    const ref = { id, displayName: person?.displayName ?? "Unknown" };
    people.set(id, ref);
    return ref;
  };
  const views: AgendaItemView[] = [];
  for (const item of items) {
    views.push({
      id: item.id,
      position: item.position,
      source: item.source,
      title: item.title,
      reference: await referenceOf(tx, item),
      slotMinutes: item.slotMinutes,
      presenter: item.presenterId ? await personRef(item.presenterId) : null,
      invitees: await Promise.all(item.invitedPersonIds.map(personRef)),
      papers: papers.get(item.id) ?? [],
    });
  }
  const publishedFingerprint = record?.publishedFingerprint ?? null;
  return {
    meetingId: access.meeting.id,
    version: record?.version ?? 0,
    publishedAt: record?.publishedAt ?? null,
    changedSincePublished:
      publishedFingerprint !== null &&
      publishedFingerprint !== agendaFingerprint(access.meeting, access.items),
    scope: access.viewer === "attendee" ? "invitee" : "panel",
    items: views,
  };
}

async function referenceOf(tx: StoreTx, item: AgendaItem): Promise<string | null> {
  if (!item.referralId) return null;
  const referral = await tx.referrals.get(item.referralId);
  return referral?.reference ?? null;
}
