import type { OutboxMessage } from "../model/audit.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { personChat, recipientPerson } from "./conversation-key.js";
import { newOutboxMessage } from "./outbox-message.js";

/** The notification that tells a referrer or coordinator who cannot be reached in Teams. */
export const unreachableNoticeKind = "person.unreachable";

/** Notifications about a referral that go to one person's personal chat. */
const personalKinds: readonly string[] = ["referral.outcome", "referral.urgent"];

/**
 * A notification to a person is held because they cannot be reached in Teams (they have not installed
 * Convenor). The referral's referrer and the panel's coordinators are told who, by display name, once per
 * held message however often its delivery is retried. Returns who was told.
 */
export async function reportUnreachablePerson(deps: UseCaseDeps, held: OutboxMessage): Promise<string[]> {
  const personId = recipientPerson(held.recipient);
  const referralId = typeof held.payload.referralId === "string" ? held.payload.referralId : null;
  if (!personId || !referralId || !personalKinds.includes(held.kind)) return [];
  const at = deps.clock.now().toISOString();
  const key = `${unreachableNoticeKind}:${held.id}`;
  return deps.store.transaction(async (tx) => {
    if (await tx.idempotency.get(key)) return [];
    const referral = await tx.referrals.get(referralId);
    const person = await tx.people.get(personId);
    if (!referral || !person) return [];
    const coordinators = (await tx.panels.members(referral.panelId))
      .filter((m) => m.panelId === referral.panelId && m.roles.includes("coordinator"))
      .map((m) => m.personId);
    const told = [...new Set([referral.referrerId, ...coordinators])].filter((id) => id !== personId);
    for (const recipient of told) {
      await tx.outbox.enqueue(notice(deps, recipient, held, person.displayName, at));
    }
    await tx.idempotency.put({ key, scope: unreachableNoticeKind, result: { told }, createdAt: at });
    return told;
  });
}

function notice(
  deps: UseCaseDeps,
  recipient: string,
  held: OutboxMessage,
  unreachableName: string,
  at: string,
): OutboxMessage {
  const { referralId, reference, panelId, correlationId } = held.payload;
  return newOutboxMessage(deps, {
    kind: unreachableNoticeKind,
    recipient: personChat(recipient),
    payload: { referralId, reference, panelId, unreachableName, heldKind: held.kind, correlationId },
    at,
  });
}
