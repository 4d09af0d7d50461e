import { linkedMeeting, meetingChat } from "../../conversations/conversation-key.js";
import type { Actor } from "../../model/actor.js";
import type { StoreTx } from "../../ports/store.port.js";
import type { UseCaseDeps } from "../../use-case-deps.js";
import { meetingAudit } from "../../scheduling/meeting-records.js";

/**
 * Makes a chat the meeting's chat, in the caller's transaction: where to post to it, which meeting it is,
 * and what was held for it goes out now. Audited with how it was linked.
 */
export async function storeMeetingChatLink(
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  link: { meetingId: string; conversationId: string; reference: Record<string, unknown>; by: string },
): Promise<void> {
  const at = deps.clock.now().toISOString();
  const recipient = meetingChat(link.meetingId);
  await tx.conversations.put(recipient, link.reference);
  await tx.conversations.put(linkedMeeting(link.conversationId), { meetingId: link.meetingId });
  await tx.outbox.retryNow(recipient, at);
  await tx.audit.append(
    meetingAudit(deps, actor, "meeting.chat-linked", { id: link.meetingId }, at, { by: link.by }),
  );
}
