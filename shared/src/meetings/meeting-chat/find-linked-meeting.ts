import { linkedMeeting } from "../../conversations/conversation-key.js";
import type { StoreTx } from "../../ports/store.port.js";
import type { UseCaseDeps } from "../../use-case-deps.js";

/** The panel meeting a Teams chat is the chat of (installed by Convenor, or linked with `link meeting`), if any. */
export async function findLinkedMeeting(
  deps: UseCaseDeps,
  input: { conversationId: string },
): Promise<{ meetingId: string } | null> {
  const meetingId = await deps.store.read((tx) => meetingOfChat(tx, input.conversationId));
  return meetingId ? { meetingId } : null;
}

/** The meeting a meeting chat is linked to, inside a use case's transaction. */
export async function meetingOfChat(tx: StoreTx, conversationId: string): Promise<string | null> {
  const link = await tx.conversations.get(linkedMeeting(conversationId));
  return typeof link?.meetingId === "string" ? link.meetingId : null;
}
