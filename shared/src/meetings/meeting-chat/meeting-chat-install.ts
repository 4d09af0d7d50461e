import { meetingChat } from "../../conversations/conversation-key.js";
import type { OutboxMessage } from "../../model/audit.js";
import type { UseCaseDeps } from "../../use-case-deps.js";
import { newOutboxMessage } from "../../conversations/outbox-message.js";

/** Outbox kind of the intent to install Convenor into a planned meeting's Teams chat (done through Graph). */
export const meetingChatInstallKind = "meeting.chat-install";

/**
 * The intent, written in the same transaction that makes the meeting planned with a Teams meeting, so that
 * a Graph failure leaves a retry. Its recipient is the meeting's chat: linking that chat releases it too.
 */
export function meetingChatInstallMessage(deps: UseCaseDeps, meetingId: string, at: string): OutboxMessage {
  return newOutboxMessage(deps, {
    kind: meetingChatInstallKind,
    recipient: meetingChat(meetingId),
    payload: { meetingId },
    at,
  });
}
