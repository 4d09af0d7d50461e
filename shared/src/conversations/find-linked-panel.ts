import type { UseCaseDeps } from "../use-case-deps.js";
import { linkedConversation } from "./conversation-key.js";

/** The panel a channel or group chat was linked to with `link panel`, if any. */
export async function findLinkedPanel(
  deps: UseCaseDeps,
  input: { conversationId: string },
): Promise<{ panelId: string } | null> {
  const link = await deps.store.read((tx) => tx.conversations.get(linkedConversation(input.conversationId)));
  return typeof link?.panelId === "string" ? { panelId: link.panelId } : null;
}
