import type { UseCaseDeps } from "../use-case-deps.js";
import { conversationSendWindows, type RateWindow } from "./send-windows.js";

/**
 * Takes a slot in a Teams conversation's rate limit, shared by every service instance on the store: 0 when
 * the send may go now (it is recorded), else how many ms to wait (nothing recorded). One small transaction.
 * `atMs` is the wall-clock time of the send (Teams counts real time, whatever clock the use cases run on).
 */
export function reserveConversationSend(
  deps: UseCaseDeps,
  input: { conversationId: string; atMs: number; windows?: readonly RateWindow[] },
): Promise<number> {
  const windows = input.windows ?? conversationSendWindows;
  return deps.store.transaction((tx) => tx.sendWindows.reserve(input.conversationId, input.atMs, windows));
}
