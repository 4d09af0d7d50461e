import { installedMeetingChat, linkedMeeting } from "../../conversations/conversation-key.js";
import type { Actor } from "../../model/actor.js";
import type { UseCaseDeps } from "../../use-case-deps.js";
import { storeMeetingChatLink } from "./store-meeting-chat-link.js";

/**
 * Teams added Convenor to a group chat. When it is a meeting's chat Convenor installed itself into (the chat
 * id recorded when installing), the chat becomes that meeting's chat. Returns the meeting, or null for any
 * other chat. Teams may say it twice (installation and conversation update): the second changes nothing.
 */
export async function linkInstalledMeetingChat(
  deps: UseCaseDeps,
  actor: Actor,
  input: { conversationId: string; reference: Record<string, unknown> },
): Promise<{ meetingId: string } | null> {
  // Most chats Convenor is added to are not meeting chats it installed itself into: a read settles those.
  const recorded = await deps.store.read((tx) =>
    tx.conversations.get(installedMeetingChat(input.conversationId)),
  );
  if (typeof recorded?.meetingId !== "string") return null;
  return deps.store.transaction(async (tx) => {
    const installed = await tx.conversations.get(installedMeetingChat(input.conversationId));
    const meetingId = typeof installed?.meetingId === "string" ? installed.meetingId : null;
    if (!meetingId) return null;
    const linked = await tx.conversations.get(linkedMeeting(input.conversationId));
    if (linked?.meetingId !== meetingId) {
      await storeMeetingChatLink(deps, tx, actor, { meetingId, ...input, by: "installation" });
    }
    return { meetingId };
  });
}
