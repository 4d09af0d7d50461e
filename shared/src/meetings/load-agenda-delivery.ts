import { recipientConversation } from "../conversations/conversation-key.js";
import type { ConversationReference } from "../conversations/remember-personal-chat.js";
import type { OutboxMessage } from "../model/audit.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import {
  agendaInvitationKind,
  agendaNoticeKinds,
  type AgendaCounts,
  type AgendaInvitationItem,
  type AgendaNoticeBase,
} from "./agenda-notices.js";

/** An agenda notice read back from the outbox: counts for the panel and members, own items for an invitee. */
export type AgendaNotice = AgendaNoticeBase &
  (
    { kind: "panel" | "member"; counts: AgendaCounts } | { kind: "invitation"; items: AgendaInvitationItem[] }
  );

export interface AgendaDelivery {
  notice: AgendaNotice;
  /** Null while the recipient cannot be reached (no personal chat, no linked panel chat). */
  recipient: ConversationReference | null;
}

export const isAgendaNotice = (message: OutboxMessage): boolean => agendaNoticeKinds.includes(message.kind);

/** The notice and where it goes; null when the payload is not an agenda notice Convenor wrote. */
export async function loadAgendaDelivery(
  deps: UseCaseDeps,
  message: OutboxMessage,
): Promise<AgendaDelivery | null> {
  const notice = parseNotice(message);
  if (!notice) return null;
  const key = recipientConversation(message.recipient);
  const recipient = key ? await deps.store.read((tx) => tx.conversations.get(key)) : null;
  return { notice, recipient };
}

function parseNotice(message: OutboxMessage): AgendaNotice | null {
  const p = message.payload;
  const text = (key: string) => (typeof p[key] === "string" ? p[key] : null);
  const [meetingId, panelId, panelName, startsAt, endsAt, agendaPath] = [
    "meetingId",
    "panelId",
    "panelName",
    "startsAt",
    "endsAt",
    "agendaPath",
  ].map(text);
  if (!meetingId || !panelId || !panelName || !startsAt || !endsAt || !agendaPath) return null;
  const base = {
    meetingId,
    panelId,
    panelName,
    startsAt,
    endsAt,
    agendaPath,
    updated: p.updated === true,
    late: p.late === true,
  };
  if (message.kind === agendaInvitationKind) {
    const items = Array.isArray(p.items) ? (p.items as AgendaInvitationItem[]) : [];
    return { ...base, kind: "invitation", items };
  }
  const counts = (p.counts ?? {}) as Partial<AgendaCounts>;
  return {
    ...base,
    kind: message.kind === "agenda.published" ? "panel" : "member",
    counts: {
      items: counts.items ?? 0,
      cases: counts.cases ?? 0,
      retrospective: counts.retrospective ?? 0,
      deferred: counts.deferred ?? 0,
    },
  };
}
