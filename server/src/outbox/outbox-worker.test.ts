import { describe, expect, it } from "vitest";
import type { OutboxMessage } from "@convenor/shared";
import { anOutboxMessage, FixedClock, InMemoryStore } from "@convenor/shared/testing";
import { createLogger } from "../logger.js";
import { backoffMs, OutboxWorker, type OutboxDeliverer } from "./outbox-worker.js";

const logger = createLogger({ level: "silent" });

class RecordingDeliverer implements OutboxDeliverer {
  delivered: string[] = [];
  failWith: (Error & { retryAfterMs?: number }) | null = null;
  deliver(message: OutboxMessage): Promise<void> {
    if (this.failWith) return Promise.reject(this.failWith);
    this.delivered.push(message.id);
    return Promise.resolve();
  }
}

async function setUp(...ids: string[]) {
  const clock = new FixedClock("2026-11-24T10:00:00.000Z");
  const store = new InMemoryStore();
  await store.transaction(async (tx) => {
    for (const [index, id] of ids.entries()) {
      await tx.outbox.enqueue(
        anOutboxMessage({ id, recipient: "person:p-1", createdAt: `2026-11-24T09:0${index}:00.000Z` }),
      );
    }
  });
  const deliverer = new RecordingDeliverer();
  const worker = new OutboxWorker({ store, deliverer, clock, logger });
  const pending = () => store.transaction((tx) => tx.outbox.due("9999-12-31T00:00:00.000Z", 100));
  return { clock, store, deliverer, worker, pending };
}

describe("the outbox worker", () => {
  it("delivers due messages oldest first and does not deliver them again", async () => {
    const { deliverer, worker, pending } = await setUp("first", "second");
    expect(await worker.drainOnce()).toBe(2);
    expect(deliverer.delivered).toEqual(["first", "second"]);
    expect(await pending()).toEqual([]);
    expect(await worker.drainOnce()).toBe(0);
    expect(deliverer.delivered).toEqual(["first", "second"]);
  });

  it("keeps a message whose delivery fails and retries it after a backoff", async () => {
    const { clock, deliverer, worker, pending } = await setUp("outcome");
    deliverer.failWith = new Error("Teams is unavailable");
    expect(await worker.drainOnce()).toBe(0);
    const [kept] = await pending();
    expect(kept).toMatchObject({ id: "outcome", attempts: 1, lastError: "Teams is unavailable" });
    expect(kept!.notBefore).toBe(new Date(clock.now().getTime() + backoffMs(1)).toISOString());

    deliverer.failWith = null;
    expect(await worker.drainOnce()).toBe(0);
    clock.set(kept!.notBefore);
    expect(await worker.drainOnce()).toBe(1);
    expect(deliverer.delivered).toEqual(["outcome"]);
  });

  it("waits as long as a throttled channel asks before trying again", async () => {
    const { clock, deliverer, worker, pending } = await setUp("card");
    deliverer.failWith = Object.assign(new Error("throttled"), { retryAfterMs: 30_000 });
    await worker.drainOnce();
    const [kept] = await pending();
    expect(kept!.notBefore).toBe(new Date(clock.now().getTime() + 30_000).toISOString());
  });

  it("backs off exponentially up to ten minutes and never gives up", () => {
    expect([1, 2, 3].map(backoffMs)).toEqual([2000, 4000, 8000]);
    expect(backoffMs(50)).toBe(600_000);
  });
});
