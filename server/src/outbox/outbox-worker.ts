import type { Clock, OutboxMessage, Store } from "@convenor/shared";
import type { Logger } from "../logger.js";

export interface OutboxDeliverer {
  /** Delivers one message or throws; an error with `retryAfterMs` asks for that wait before the next try. */
  deliver(message: OutboxMessage): Promise<void>;
}

export interface OutboxWorkerOptions {
  store: Store;
  deliverer: OutboxDeliverer;
  clock: Clock;
  logger: Logger;
  pollIntervalMs?: number;
  batchSize?: number;
}

const maxBackoffMs = 10 * 60_000;
/** How long a claimed batch is out of other instances' reach; longer than any delivery takes. */
const deliveryLeaseMs = 5 * 60_000;

/** Backoff after the n-th failed attempt: 2 s, 4 s, 8 s... up to ten minutes. Messages are never dropped. */
export function backoffMs(attempts: number): number {
  return Math.min(maxBackoffMs, 2 ** Math.min(attempts, 20) * 1000);
}

/**
 * Delivers due outbox messages: each is marked delivered, or failed with its next attempt time, so a Teams
 * outage only delays notifications.
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(private readonly options: OutboxWorkerOptions) {}

  start(): void {
    const tick = () => {
      void this.drainOnce().finally(() => {
        if (this.timer) this.timer = setTimeout(tick, this.options.pollIntervalMs ?? 500);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Delivers what is due now; returns how many were delivered. Safe to call while the loop runs. */
  drainOnce(): Promise<number> {
    this.running ??= this.deliverDue().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async deliverDue(): Promise<number> {
    const { store, deliverer, clock, logger } = this.options;
    const now = clock.now();
    const leaseUntil = new Date(now.getTime() + deliveryLeaseMs).toISOString();
    const due = await store.transaction((tx) =>
      tx.outbox.claimDue(now.toISOString(), this.options.batchSize ?? 20, leaseUntil),
    );
    let delivered = 0;
    for (const message of due) {
      try {
        await deliverer.deliver(message);
        await store.transaction((tx) => tx.outbox.markDelivered(message.id, clock.now().toISOString()));
        delivered += 1;
      } catch (error) {
        const waitMs = retryAfterOf(error) ?? backoffMs(message.attempts + 1);
        const retryAt = new Date(clock.now().getTime() + waitMs).toISOString();
        const reason = error instanceof Error ? error.message : String(error);
        await store.transaction((tx) => tx.outbox.markFailed(message.id, reason.slice(0, 500), retryAt));
        logger.warn(
          { outboxId: message.id, kind: message.kind, attempts: message.attempts + 1, retryAt, reason },
          "notification delivery failed",
        );
      }
    }
    return delivered;
  }
}

function retryAfterOf(error: unknown): number | null {
  if (
    typeof error === "object" &&
    error !== null &&
    "retryAfterMs" in error &&
    typeof error.retryAfterMs === "number"
  ) {
    return error.retryAfterMs;
  }
  return null;
}
