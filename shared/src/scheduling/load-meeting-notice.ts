import type { DeadlineView } from "../api/scheduling-requests.js";
import { recipientConversation } from "../conversations/conversation-key.js";
import type { ConversationReference } from "../conversations/remember-personal-chat.js";
import type { OutboxMessage } from "../model/audit.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { meetingNoticeKinds } from "./meeting-records.js";

/** A notice that a meeting moved or was cancelled, as its recipient should read it. */
export interface MeetingNotice {
  change: "moved" | "cancelled";
  meetingId: string;
  panelName: string;
  startsAt: string;
  endsAt: string;
  /** Where the meeting was before it moved; null for a cancellation. */
  previousStartsAt: string | null;
  joinUrl: string | null;
  /** The moved meeting's deadlines; empty for a cancellation. */
  deadlines: DeadlineView[];
}

export interface MeetingNoticeDelivery {
  notice: MeetingNotice;
  /** The person's personal chat; null while Convenor cannot reach them. */
  recipient: ConversationReference | null;
}

export const isMeetingNoticeKind = (kind: string): boolean =>
  kind === meetingNoticeKinds.moved || kind === meetingNoticeKinds.cancelled;

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** The notice carried by a `meeting.moved` or `meeting.cancelled` outbox message and where it goes. */
export async function loadMeetingNotice(
  deps: UseCaseDeps,
  message: OutboxMessage,
): Promise<MeetingNoticeDelivery | null> {
  const { payload } = message;
  const meetingId = text(payload.meetingId);
  const panelName = text(payload.panelName);
  const startsAt = text(payload.startsAt);
  const endsAt = text(payload.endsAt);
  if (!isMeetingNoticeKind(message.kind) || !meetingId || !panelName || !startsAt || !endsAt) return null;
  const previous = payload.previous as { startsAt?: unknown } | undefined;
  const notice: MeetingNotice = {
    change: message.kind === meetingNoticeKinds.moved ? "moved" : "cancelled",
    meetingId,
    panelName,
    startsAt,
    endsAt,
    previousStartsAt: text(previous?.startsAt),
    joinUrl: text(payload.joinUrl),
    deadlines: Array.isArray(payload.deadlines) ? (payload.deadlines as DeadlineView[]) : [],
  };
  const key = recipientConversation(message.recipient);
  const recipient = key ? await deps.store.read((tx) => tx.conversations.get(key)) : null;
  return { notice, recipient };
}
