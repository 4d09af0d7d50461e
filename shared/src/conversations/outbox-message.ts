import type { OutboxMessage } from "../model/audit.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";

/**
 * A message for the outbox, due at once: a use case writes it in its own transaction, and the outbox worker
 * delivers it after the commit (docs/architecture.md, the path of a notification).
 */
export function newOutboxMessage(
  deps: UseCaseDeps,
  message: Pick<OutboxMessage, "kind" | "recipient" | "payload"> & { at: string },
): OutboxMessage {
  const { kind, recipient, payload, at } = message;
  return {
    id: newIdFrom(deps),
    kind,
    recipient,
    payload,
    createdAt: at,
    attempts: 0,
    notBefore: at,
    deliveredAt: null,
    lastError: null,
  };
}
