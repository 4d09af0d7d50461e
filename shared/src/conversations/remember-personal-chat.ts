import type { Person } from "../model/people.js";
import type { StoreTx } from "../ports/store.port.js";
import { personChat } from "./conversation-key.js";

/** A Bot Framework conversation reference, as stored: plain JSON. */
export type ConversationReference = Record<string, unknown>;

/**
 * Remembers where to reach a person proactively, and releases what was held because they could not be
 * reached. Writes only when the reference is new or changed (`always` on install): a message in an already
 * known personal chat is then a read, not a write.
 */
export async function rememberPersonalChatIn(
  tx: StoreTx,
  person: Person,
  reference: ConversationReference,
  at: string,
  always = false,
): Promise<void> {
  const key = personChat(person.id);
  if (!always && (await personalChatKnown(tx, person, reference))) return;
  await tx.conversations.put(key, reference);
  await tx.outbox.retryNow(key, at);
}

/** Whether this is already the stored reference of the person's personal chat. */
export async function personalChatKnown(
  tx: StoreTx,
  person: Person,
  reference: ConversationReference,
): Promise<boolean> {
  return sameJson(await tx.conversations.get(personChat(person.id)), reference);
}

/** Deep equality of JSON values, whatever the order of object keys (PostgreSQL's jsonb reorders them). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every(
    (k) =>
      Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}
