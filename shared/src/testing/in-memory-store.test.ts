import { describe, expect, it } from "vitest";
import { IdempotencyKeyTaken } from "../ports/store.port.js";
import { aChild, aPanel } from "./builders.js";
import { InMemoryStore } from "./in-memory-store.js";

describe("InMemoryStore", () => {
  it("keeps a transaction's writes when it completes", async () => {
    const store = new InMemoryStore();
    await store.transaction(async (tx) => tx.children.insert(aChild({ id: "c1" })));
    expect(store.contents().children.map((c) => c.id)).toEqual(["c1"]);
  });

  it("rolls back every write of a transaction that throws", async () => {
    const store = new InMemoryStore();
    await expect(
      store.transaction(async (tx) => {
        await tx.children.insert(aChild({ id: "c1" }));
        await tx.idempotency.put({ key: "k", scope: "s", result: null, createdAt: "2026-01-01T00:00:00Z" });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(store.contents().children).toEqual([]);
    expect(store.contents().idempotencyKeys).toEqual([]);
  });

  it("numbers references per panel and year, four digits, and rolls numbers back with the transaction", async () => {
    const store = new InMemoryStore({ panels: [aPanel("isg", { id: "a" }), aPanel("isg", { id: "b" })] });
    const next = (panelId: string, year: number) =>
      store.transaction((tx) => tx.referrals.nextReference(panelId, "ISG", year));
    expect(await next("a", 2026)).toBe("ISG-2026-0001");
    expect(await next("a", 2026)).toBe("ISG-2026-0002");
    expect(await next("b", 2026)).toBe("ISG-2026-0001");
    expect(await next("a", 2027)).toBe("ISG-2027-0001");
    await expect(
      store.transaction(async (tx) => {
        await tx.referrals.nextReference("a", "ISG", 2026);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow();
    expect(await next("a", 2026)).toBe("ISG-2026-0003");
  });

  it("refuses a second idempotency key with IdempotencyKeyTaken", async () => {
    const store = new InMemoryStore();
    const record = { key: "k", scope: "s", result: { referralId: "r1" }, createdAt: "2026-01-01T00:00:00Z" };
    await store.transaction((tx) => tx.idempotency.put(record));
    await expect(store.transaction((tx) => tx.idempotency.put(record))).rejects.toBeInstanceOf(
      IdempotencyKeyTaken,
    );
    expect(await store.transaction((tx) => tx.idempotency.get("k"))).toEqual(record);
  });

  it("hands out copies, so a caller's edits do not change stored data", async () => {
    const store = new InMemoryStore({ children: [aChild({ id: "c1", givenName: "Morag" })] });
    const child = await store.transaction((tx) => tx.children.get("c1"));
    child!.givenName = "Changed";
    expect(store.contents().children[0]?.givenName).toBe("Morag");
  });

  it("runs transactions one after another", async () => {
    const store = new InMemoryStore();
    const order: string[] = [];
    await Promise.all([
      store.transaction(async () => {
        order.push("a-start");
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push("a-end");
      }),
      store.transaction(() => Promise.resolve(void order.push("b"))),
    ]);
    expect(order).toEqual(["a-start", "a-end", "b"]);
  });
});
