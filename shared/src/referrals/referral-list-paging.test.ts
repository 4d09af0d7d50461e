import { describe, expect, it } from "vitest";
import type { Store, StoreTx } from "../ports/store.port.js";
import { aMembership, aPanel } from "../testing/builders.js";
import { aValidReferralForm } from "../testing/referral-form.builder.js";
import { aReferralScenario, type ReferralScenario } from "../testing/referral-scenario.js";
import { fileReferral } from "./file-referral.js";
import { listMyReferrals } from "./list-my-referrals.js";
import { listScreeningQueue } from "./list-screening-queue.js";
import { encodeReferralCursor, type ReferralPage } from "./referral-page.js";

async function file(s: ReferralScenario, panelId: string, n: number, urgent = false) {
  s.clock.set(`2026-02-02T09:${String(n).padStart(2, "0")}:00.000Z`);
  const result = await fileReferral(s.deps, s.actor(s.people.referrer), {
    panelId,
    idempotencyKey: `key-${panelId}-${n}`,
    mode: "submit",
    form: aValidReferralForm("isg", urgent ? { urgency: "urgent", "urgency.reason": "Today." } : {}),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.referral.reference!;
}

/** Every page of a list, following `nextCursor` until it is null. */
async function allPages(read: (cursor?: string) => Promise<{ ok: boolean; value?: ReferralPage }>) {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    if (!page.ok || !page.value) throw new Error("page refused");
    pages.push(page.value.items.map((item) => item.reference ?? item.id));
    cursor = page.value.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

/** A scenario where the chair screens two panels, with referrals on both. */
async function twoPanels() {
  const s = aReferralScenario("isg");
  const other = aPanel("isg", { id: "panel-isg-north", code: "NISG", name: "North ISG" });
  s.store.seed({
    panels: [other],
    memberships: [
      aMembership(other, s.people.chair, ["chair"]),
      aMembership(other, s.people.referrer, ["referrer"]),
    ],
    meetings: s.meetings.map((m) => ({ ...m, id: `${m.id}-north`, panelId: other.id })),
  });
  const filed = [
    await file(s, s.panel.id, 1),
    await file(s, other.id, 2),
    await file(s, s.panel.id, 3, true),
    await file(s, other.id, 4),
    await file(s, s.panel.id, 5),
    await file(s, other.id, 6, true),
    await file(s, s.panel.id, 7),
  ];
  return { s, other, filed };
}

describe("paged referral lists", () => {
  it("the queue of a chair of two panels comes in pages: urgent first, then oldest, none twice, none missed", async () => {
    const { s, filed } = await twoPanels();
    const chair = s.actor(s.people.chair);
    const pages = await allPages((cursor) =>
      listScreeningQueue(s.deps, chair, { limit: 3, ...(cursor ? { cursor } : {}) }),
    );
    expect(pages).toEqual([[filed[2], filed[5], filed[0]], [filed[1], filed[3], filed[4]], [filed[6]]]);
  });

  it("my referrals come newest first in pages, with the default page size when none is asked", async () => {
    const { s, filed } = await twoPanels();
    const referrer = s.actor(s.people.referrer);
    const pages = await allPages((cursor) =>
      listMyReferrals(s.deps, referrer, { limit: 4, ...(cursor ? { cursor } : {}) }),
    );
    expect(pages).toEqual([[...filed].reverse().slice(0, 4), [...filed].reverse().slice(4)]);
    const whole = await listMyReferrals(s.deps, referrer);
    expect(whole.ok && whole.value.items).toHaveLength(7);
    expect(whole.ok && whole.value.nextCursor).toBeNull();
  });

  it("reads the queue of several panels in one store query, without a query per referral", async () => {
    const { s } = await twoPanels();
    const calls: string[] = [];
    const counting = (tx: StoreTx): StoreTx => {
      const spy = <T extends object>(name: string, repository: T): T =>
        new Proxy(repository, {
          get: (target, property) => {
            const value = Reflect.get(target, property) as unknown;
            if (typeof value !== "function") return value;
            return (...args: unknown[]) => {
              calls.push(`${name}.${String(property)}`);
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            };
          },
        });
      return {
        ...tx,
        referrals: spy("referrals", tx.referrals),
        children: spy("children", tx.children),
        panels: spy("panels", tx.panels),
      };
    };
    const store: Store = {
      transaction: (work) => s.store.transaction((tx) => work(counting(tx))),
      read: (work) => s.store.read((tx) => work(counting(tx))),
    };
    const queue = await listScreeningQueue({ ...s.deps, store }, s.actor(s.people.chair));
    expect(queue.ok && queue.value.items).toHaveLength(7);
    expect(calls).toEqual(["panels.membershipsOf", "referrals.summaryPage"]);
  });

  it("refuses a malformed, altered or other list's cursor and a page size out of range, as field errors", async () => {
    const { s } = await twoPanels();
    const chair = s.actor(s.people.chair);
    const first = await listScreeningQueue(s.deps, chair, { limit: 2 });
    const cursor = (first.ok && first.value.nextCursor) || "";
    expect(cursor.length).toBeGreaterThan(8);
    const altered = `${cursor.slice(0, -2)}${cursor.slice(-2) === "AA" ? "BB" : "AA"}`;
    const mineCursor = encodeReferralCursor("recent", {
      urgent: false,
      updatedAt: "2026-02-02T09:00:00.000Z",
      id: "x",
    });
    for (const bad of ["not a cursor", "e30", altered, mineCursor, `${cursor}=`]) {
      expect(await listScreeningQueue(s.deps, chair, { cursor: bad })).toMatchObject({
        ok: false,
        error: { code: "VALIDATION.FAILED", fields: [{ field: "cursor" }] },
      });
    }
    for (const limit of [0, 101, 2.5]) {
      expect(await listMyReferrals(s.deps, chair, { limit })).toMatchObject({
        ok: false,
        error: { code: "VALIDATION.FAILED", fields: [{ field: "limit" }] },
      });
    }
    expect((await listScreeningQueue(s.deps, chair, { cursor })).ok).toBe(true);
  });
});
