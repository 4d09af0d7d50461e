import type { PublishAgendaView } from "../api/meeting-requests.js";
import { meetingDeadlines } from "../calendar/meeting-deadlines.js";
import { panelChat, personChat } from "../conversations/conversation-key.js";
import type { Actor } from "../model/actor.js";
import { ok, type Result } from "../model/result.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { loadManagedMeeting, meetingAudit } from "./agenda-change.js";
import { agendaFingerprint } from "./agenda-fingerprint.js";
import {
  agendaCounts,
  agendaForMemberKind,
  agendaInvitationKind,
  agendaNotice,
  agendaNoticeBase,
  agendaPublishedKind,
  type AgendaInvitationItem,
} from "./agenda-notices.js";
import { readAgendaView } from "./agenda-view.js";
import { isAfterDeadline } from "./deadline-states.js";
import { attendsItem, type MeetingAccess } from "./meeting-access.js";

/**
 * The chair or coordinator publishes the agenda: a card to the panel's linked chat (counts, date, link),
 * the same to each member, and to each invitee or presenter who is not a member their own items only.
 * Publishing an unchanged agenda again sends nothing; a changed one is sent as "updated". Late when
 * published after the agenda deadline.
 */
export async function publishAgenda(
  deps: UseCaseDeps,
  actor: Actor,
  input: { meetingId: string },
): Promise<Result<PublishAgendaView>> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const access = await loadManagedMeeting(tx, actor, input.meetingId);
    if (!access.ok) return access;
    const { meeting, panel, items } = access.value;
    const record = await tx.agendaRecords.get(meeting.id);
    const fingerprint = agendaFingerprint(meeting, items);
    const deadline = meetingDeadlines(panel.settings, meeting.startsAt).agenda;
    if (record?.publishedFingerprint === fingerprint) {
      const agenda = await readAgendaView(tx, access.value, actor.personId);
      const late = isAfterDeadline(deadline, record.publishedAt ?? at);
      return ok({ agenda, sent: false, updated: false, late });
    }
    const late = isAfterDeadline(deadline, at);
    const updated = Boolean(record?.publishedAt);
    await enqueueNotices(deps, actor, tx, access.value, { updated, late }, at);
    await tx.agendaRecords.markPublished(meeting.id, at, fingerprint);
    await tx.audit.append(
      meetingAudit(
        deps,
        actor,
        updated ? "meeting.agenda-republished" : "meeting.agenda-published",
        meeting.id,
        at,
      ),
    );
    const agenda = await readAgendaView(tx, access.value, actor.personId);
    return ok({ agenda, sent: true, updated, late });
  });
}

async function enqueueNotices(
  deps: UseCaseDeps,
  actor: Actor,
  tx: StoreTx,
  access: MeetingAccess,
  flags: { updated: boolean; late: boolean },
  at: string,
) {
  const { meeting, panel, items } = access;
  const base = { ...agendaNoticeBase(meeting, panel, flags), counts: agendaCounts(items) };
  const send = (kind: string, recipient: string, payload: Record<string, unknown>) =>
    tx.outbox.enqueue(agendaNotice(deps, kind, recipient, payload, at, actor.correlationId));

  await send(agendaPublishedKind, panelChat(panel.id), base);
  const members = new Set(
    (await tx.panels.members(panel.id))
      .filter((m) => m.roles.some((role) => role === "chair" || role === "coordinator" || role === "member"))
      .map((m) => m.personId),
  );
  for (const personId of [...members].sort()) await send(agendaForMemberKind, personChat(personId), base);

  const attendees = new Set(items.flatMap((item) => [...item.invitedPersonIds, item.presenterId ?? ""]));
  for (const personId of [...attendees].filter((id) => id && !members.has(id)).sort()) {
    const own: AgendaInvitationItem[] = items
      .filter((item) => attendsItem(personId, item))
      .map((item) => ({ title: item.title, slotMinutes: item.slotMinutes, position: item.position }));
    await send(agendaInvitationKind, personChat(personId), {
      ...agendaNoticeBase(meeting, panel, flags),
      items: own,
    });
  }
}
