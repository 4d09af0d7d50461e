import { ukLocalDate } from "../calendar/iso-date.js";
import { closureDatesAround } from "../closure-days/closure-dates.js";
import { personChat } from "../conversations/conversation-key.js";
import type { Actor } from "../model/actor.js";
import type { OutboxMessage } from "../model/audit.js";
import type { Panel } from "../model/panel.js";
import { ok, type Result } from "../model/result.js";
import { IdempotencyKeyTaken, type StoreTx } from "../ports/store.port.js";
import { newIdFrom, type UseCaseDeps } from "../use-case-deps.js";
import { isTrackerEligible } from "./tracker-eligibility.js";
import { trackerCardDates, trackerCardKind, trackerReminderKind } from "./tracker-notices.js";
import { newOutboxMessage } from "../conversations/outbox-message.js";

export interface TrackerCardsSent {
  cards: number;
  reminders: number;
}

/**
 * The monthly cards: on the month's first working day (or the first run after it) each social worker with
 * young people eligible that month gets their card in personal chat; on the fifth working day after it, a
 * worker whose month is not submitted gets a reminder. Once per worker, panel and month, however many service
 * instances run it: each message's idempotency key is taken in the transaction that writes it, and a
 * transaction that finds a key taken by another instance meanwhile gives way to it.
 */
export async function sendTrackerCards(deps: UseCaseDeps, actor: Actor): Promise<Result<TrackerCardsSent>> {
  const at = deps.clock.now().toISOString();
  const panels = (await deps.store.read((tx) => tx.panels.list())).filter((p) => p.preset === "cic-hrp");
  const sent: TrackerCardsSent = { cards: 0, reminders: 0 };
  for (const panel of panels) {
    try {
      const counts = await deps.store.transaction((tx) => sendForPanel(deps, tx, actor, panel, at));
      sent.cards += counts.cards;
      sent.reminders += counts.reminders;
    } catch (error) {
      if (!(error instanceof IdempotencyKeyTaken)) throw error;
    }
  }
  return ok(sent);
}

async function sendForPanel(
  deps: UseCaseDeps,
  tx: StoreTx,
  actor: Actor,
  panel: Panel,
  at: string,
): Promise<TrackerCardsSent> {
  const today = ukLocalDate(at);
  const month = today.slice(0, 7);
  const dates = trackerCardDates(month, panel.settings.nation, await closureDatesAround(tx, today));
  const sent = { cards: 0, reminders: 0 };
  if (today < dates.card) return sent;
  const eligible = (await tx.caseload.listForPanel(panel.id)).filter((child) =>
    isTrackerEligible(child, month),
  );
  const complete = new Set(
    (await tx.ratings.entriesBetween(panel.id, month, month))
      .filter((entry) => entry.complete)
      .map((entry) => entry.childId),
  );
  const workers = [...new Set(eligible.map((child) => child.workerId))];
  for (const workerId of workers) {
    const payload = { panelId: panel.id, workerId, month };
    if (await once(tx, `${trackerCardKind}:${panel.id}:${workerId}:${month}`, at)) {
      await tx.outbox.enqueue(outboxMessage(deps, trackerCardKind, workerId, payload, at));
      sent.cards += 1;
    }
    const done = eligible.filter((c) => c.workerId === workerId).every((c) => complete.has(c.childId));
    if (today >= dates.reminder && !done) {
      if (await once(tx, `${trackerReminderKind}:${panel.id}:${workerId}:${month}`, at)) {
        await tx.outbox.enqueue(outboxMessage(deps, trackerReminderKind, workerId, payload, at));
        sent.reminders += 1;
      }
    }
  }
  if (sent.cards + sent.reminders > 0) {
    await tx.audit.append({
      id: newIdFrom(deps),
      at,
      actorId: actor.personId,
      action: "tracker.cards-sent",
      subjectType: "panel",
      subjectId: panel.id,
      childId: null,
      channel: actor.channel,
      origin: actor.origin,
      correlationId: actor.correlationId,
      detail: { month, ...sent },
    });
  }
  return sent;
}

/** Takes the key when it is free; false when it was taken before. */
export async function once(tx: StoreTx, key: string, at: string): Promise<boolean> {
  if (await tx.idempotency.get(key)) return false;
  await tx.idempotency.put({ key, scope: key.split(":")[0]!, result: {}, createdAt: at });
  return true;
}

export function outboxMessage(
  deps: UseCaseDeps,
  kind: string,
  workerId: string,
  payload: Record<string, unknown>,
  at: string,
): OutboxMessage {
  return newOutboxMessage(deps, { kind, recipient: personChat(workerId), payload, at });
}
