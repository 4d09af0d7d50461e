import type { Actor } from "../model/actor.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import type { ConversationKey } from "./conversation-key.js";
import { newOutboxMessage } from "./outbox-message.js";

/** Outbox kinds of the cards kept up to date in a meeting chat. */
export const meetingCardKinds = {
  room: "meeting.room-card",
  question: "vote.question-card",
} as const;

/**
 * Asks for a posted card to show the latest state: bumps its wanted version and enqueues an update only when
 * none is waiting (`CardRefreshes`). The update renders what the store holds when it is delivered, so a burst
 * of changes costs one Teams update, and a change after that update read the store queues another.
 */
export async function requestCardUpdate(
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  input: {
    kind: string;
    recipient: ConversationKey;
    cardKey: ConversationKey;
    payload: Record<string, string>;
  },
  at: string,
): Promise<void> {
  const { enqueue } = await tx.cardRefreshes.want(input.cardKey);
  if (!enqueue) return;
  await tx.outbox.enqueue(
    newOutboxMessage(deps, {
      kind: input.kind,
      recipient: input.recipient,
      payload: { ...input.payload, cardKey: input.cardKey, correlationId: actor.correlationId },
      at,
    }),
  );
}
