import type { TrackerCardView } from "../api/tracker-requests.js";
import { personChat, panelChat, recipientConversation } from "../conversations/conversation-key.js";
import type { ConversationReference } from "../conversations/remember-personal-chat.js";
import type { OutboxMessage } from "../model/audit.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { childAuditEntries } from "./tracker-audit.js";
import { readWorkerMonth, trackerCardView } from "./tracker-card.js";
import { openMonthAt } from "./tracker-months.js";
import {
  redListNoticeKind,
  trackerCardKind,
  trackerNoticeKinds,
  trackerReminderKind,
} from "./tracker-notices.js";

/** The panel's red-list card: counts only, and the tab's address of the list (ids only). */
export interface RedListNotice {
  panelName: string;
  meetingId: string;
  startsAt: string;
  youngPeople: number;
  newlyListed: number;
  redListPath: string;
}

export type TrackerDelivery =
  | { kind: "card" | "reminder"; card: TrackerCardView; recipient: ConversationReference | null }
  | { kind: "red-list"; notice: RedListNotice; recipient: ConversationReference | null };

export const isTrackerNotice = (message: OutboxMessage): boolean => trackerNoticeKinds.includes(message.kind);

/**
 * What a tracker notice shows and where it goes. A monthly card or reminder is read fresh (the worker's
 * young people and choices as they are now, each audited as shown in the worker's personal chat); one for a
 * month no longer open, for a worker with no young people left, or a reminder for a month submitted since, is
 * not delivered (null).
 */
export async function loadTrackerDelivery(
  deps: UseCaseDeps,
  message: OutboxMessage,
): Promise<TrackerDelivery | null> {
  const p = message.payload;
  const text = (key: string) => (typeof p[key] === "string" ? p[key] : null);
  const number = (key: string) => (typeof p[key] === "number" ? p[key] : 0);
  if (message.kind === redListNoticeKind) {
    const [panelId, panelName, meetingId, startsAt, redListPath] = [
      "panelId",
      "panelName",
      "meetingId",
      "startsAt",
      "redListPath",
    ].map(text);
    if (!panelId || !panelName || !meetingId || !startsAt || !redListPath) return null;
    const recipient = await deps.store.read((tx) => tx.conversations.get(panelChat(panelId)));
    const notice = {
      panelName,
      meetingId,
      startsAt,
      youngPeople: number("youngPeople"),
      newlyListed: number("newlyListed"),
      redListPath,
    };
    return { kind: "red-list", notice, recipient };
  }
  if (message.kind !== trackerCardKind && message.kind !== trackerReminderKind) return null;
  const [panelId, workerId, month] = ["panelId", "workerId", "month"].map(text);
  if (!panelId || !workerId || !month) return null;
  const at = deps.clock.now().toISOString();
  if (month !== openMonthAt(at)) return null;
  const key = recipientConversation(message.recipient);
  if (key !== personChat(workerId)) return null;
  return deps.store.transaction(async (tx) => {
    const panel = await tx.panels.get(panelId);
    if (!panel) return null;
    const card = trackerCardView(panel, month, await readWorkerMonth(tx, panelId, workerId, month));
    if (card.youngPeople.length === 0) return null;
    // Submitted since the reminder was written: nothing to remind of.
    if (message.kind === trackerReminderKind && card.submitted) return null;
    const recipient = await tx.conversations.get(key);
    if (recipient) {
      const actor = { personId: "convenor", channel: "worker", origin: null, correlationId: message.id };
      const shown = card.youngPeople.map((child) => child.childId);
      await tx.audit.appendMany(
        childAuditEntries(deps, actor, "tracker.card-sent", shown, at, { panelId, month, to: workerId }),
      );
    }
    return { kind: message.kind === trackerCardKind ? "card" : "reminder", card, recipient };
  });
}
