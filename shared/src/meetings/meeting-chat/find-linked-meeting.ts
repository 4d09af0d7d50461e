import { linkedMeeting } from "../../conversations/conversation-key.js";
import type { UseCaseDeps } from "../../use-case-deps.js";

/** The panel meeting a Teams chat is the chat of (installed by Convenor, or linked with `link meeting`), if any. */
export async function findLinkedMeeting(
  deps: UseCaseDeps,
  input: { conversationId: string },
): Promise<{ meetingId: string } | null> {
  const link = await deps.store.read((tx) => tx.conversations.get(linkedMeeting(input.conversationId)));
  return typeof link?.meetingId === "string" ? { meetingId: link.meetingId } : null;
}
