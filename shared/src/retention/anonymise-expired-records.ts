import { newAuditEntry } from "../audit/new-audit-entry.js";
import { addMonths } from "../calendar/iso-date.js";
import type { Actor } from "../model/actor.js";
import type { AuditEntry } from "../model/audit.js";
import { ok, type Result } from "../model/result.js";
import type { RetentionKind } from "../model/retention.js";
import type { StoreTx } from "../ports/store.port.js";
import type { UseCaseDeps } from "../use-case-deps.js";
import { anonymisedReferral } from "./anonymised-referral.js";
import { periodsInForce } from "./retention-periods.js";

/** What one batch anonymised: counts only, safe to log. */
export interface AnonymisedCounts {
  referrals: number;
  children: number;
  caseObservations: number;
  minutes: number;
  deliveredMessages: number;
  /** True when a kind had a full batch: run again for the rest. */
  more: boolean;
}

const defaultBatchSize = 100;

/**
 * Anonymises up to `batchSize` records of each kind past its retention period, in one transaction:
 * identifying fields removed, statistics kept (see `RetentionRepository`), one audit entry per record (ids
 * only). Idempotent: a record already anonymised is not found again. Two service instances running it at
 * once take turns (`lockRun`), and each write changes only a record not yet anonymised, so each record is
 * anonymised and audited once.
 */
export async function anonymiseExpiredRecords(
  deps: UseCaseDeps,
  actor: Actor,
  input: { batchSize?: number } = {},
): Promise<Result<AnonymisedCounts>> {
  const batchSize = input.batchSize ?? defaultBatchSize;
  const now = deps.clock.now();
  const at = now.toISOString();
  const today = at.slice(0, 10);
  return deps.store.transaction(async (tx) => {
    await tx.retention.lockRun();
    const periods = periodsInForce(await tx.retention.periods());
    const before = (kind: RetentionKind) => `${addMonths(today, -periods[kind])}T00:00:00.000Z`;
    const audit: AuditEntry[] = [];
    const entry = (
      action: string,
      subjectType: AuditEntry["subjectType"],
      subjectId: string,
      childId: string | null,
    ) => audit.push(newAuditEntry(deps, actor, action, { type: subjectType, id: subjectId, childId }, at));

    const referrals = await tx.retention.expired("referral", before("referral"), batchSize);
    const children = new Set<string>();
    for (const { id, childId } of referrals) {
      if (!(await anonymiseReferral(tx, id, at))) continue;
      entry("retention.referral-anonymised", "referral", id, childId);
      if (childId) children.add(childId);
    }
    let childCount = 0;
    for (const childId of [...children].sort()) {
      if (!(await tx.retention.anonymiseChild(childId, at))) continue;
      childCount++;
      entry("retention.child-anonymised", "child", childId, childId);
    }

    const observations = await tx.retention.expired("caseObservation", before("caseObservation"), batchSize);
    let observationCount = 0;
    for (const { id, childId } of observations) {
      if (!(await tx.retention.anonymiseObservation(id, at))) continue;
      observationCount++;
      entry("retention.observation-anonymised", "case-observation", id, childId);
    }

    const minutes = await tx.retention.expired("minute", before("minute"), batchSize);
    let minuteCount = 0;
    for (const { id } of minutes) {
      if (!(await tx.retention.anonymiseMinute(id, at))) continue;
      minuteCount++;
      entry("retention.minute-anonymised", "minutes", id, null);
    }

    const messages = await tx.retention.expired("deliveredMessage", before("deliveredMessage"), batchSize);
    let messageCount = 0;
    for (const { id } of messages) {
      if (!(await tx.retention.purgeDeliveredMessage(id))) continue;
      messageCount++;
      entry("retention.message-purged", "outbox-message", id, null);
    }

    if (audit.length > 0) await tx.audit.appendMany(audit);
    return ok({
      referrals: audit.filter((e) => e.subjectType === "referral").length,
      children: childCount,
      caseObservations: observationCount,
      minutes: minuteCount,
      deliveredMessages: messageCount,
      more: [referrals, observations, minutes, messages].some((found) => found.length === batchSize),
    });
  });
}

async function anonymiseReferral(tx: StoreTx, id: string, at: string): Promise<boolean> {
  const referral = await tx.referrals.get(id);
  if (!referral) return false;
  return tx.retention.anonymiseReferral(id, anonymisedReferral(referral), at);
}
