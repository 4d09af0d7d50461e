import { errorCatalogue } from "../model/error-codes.js";
import type { Actor } from "../model/actor.js";
import type { Meeting } from "../model/meeting.js";
import type { Referral } from "../model/referral.js";
import { DomainFailure, fail, ok, type Result } from "../model/result.js";
import { IdempotencyKeyTaken, type StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { requestFingerprint } from "./request-fingerprint.js";

interface StoredPointer {
  referralId: string;
  /** Fingerprint of the request that first used the key. */
  request?: string;
}

export const IdempotencyCodes = errorCatalogue.idempotency;

export interface IdempotentWrite<T> {
  /** Use-case name, e.g. `referral.file`; keys are per use case and per person. */
  scope: string;
  idempotencyKey: string;
  /** The referral the write produces or changes, known before the work starts. */
  referralId: string;
  /** The request as received: a repeated key must come with the same request. */
  request: unknown;
  /** The change itself. A failure rolls back everything, the key claim included. */
  work: (tx: StoreTx) => Promise<Result<T>>;
  /** The answer for a repeated key: re-read from the referral the first write produced. */
  replay: (tx: StoreTx, referralId: string) => Promise<Result<T>>;
}

/**
 * Runs a write once per idempotency key: the key is claimed first in the transaction, so a second
 * submit with the same key (sequential or concurrent) writes nothing and gets the first result back, read in
 * a transaction of its own. The claim is the first statement: a first submit (the usual case) reads nothing
 * beforehand.
 */
export async function idempotentReferralWrite<T>(
  deps: UseCaseDeps,
  actor: Actor,
  write: IdempotentWrite<T>,
): Promise<Result<T>> {
  const key = `${write.scope}:${actor.personId}:${write.idempotencyKey}`;
  const request = requestFingerprint(write.request);
  const replayStored = async (tx: StoreTx): Promise<Result<T> | null> => {
    const stored = await tx.idempotency.get(key);
    if (!stored) return null;
    const pointer = stored.result as StoredPointer;
    if (pointer.request !== undefined && pointer.request !== request) {
      return fail(
        IdempotencyCodes.keyReused,
        "This form was already sent with different answers. Open a fresh form to send new ones.",
      );
    }
    return write.replay(tx, pointer.referralId);
  };
  try {
    return await deps.store.transaction(async (tx) => {
      const pointer: StoredPointer = { referralId: write.referralId, request };
      await tx.idempotency.put({
        key,
        scope: write.scope,
        result: pointer,
        createdAt: deps.clock.now().toISOString(),
      });
      const result = await write.work(tx);
      if (!result.ok) throw new DomainFailure(result.error);
      return result;
    });
  } catch (error) {
    if (error instanceof DomainFailure) return { ok: false, error: error.error };
    if (!(error instanceof IdempotencyKeyTaken)) throw error;
    const replayed = await deps.store.transaction(replayStored);
    if (!replayed) throw error;
    return replayed;
  }
}

/** The usual replay: the referral as it is now, with the meeting it is on. */
export async function replayReferralWithMeeting(
  tx: StoreTx,
  referralId: string,
): Promise<Result<{ referral: Referral; meeting: Meeting | null; replayed: true }>> {
  const referral = await tx.referrals.get(referralId);
  if (!referral) throw new Error(`Idempotency key points at a missing referral ${referralId}`);
  const meeting = referral.meetingId ? await tx.meetings.get(referral.meetingId) : null;
  return ok({ referral, meeting, replayed: true });
}
