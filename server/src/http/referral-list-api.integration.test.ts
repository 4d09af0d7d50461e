import { describe, expect, it } from "vitest";
import { useLocalApiService } from "../testing/local-api-service.js";

interface Page {
  items: { id: string; state: string }[];
  nextCursor: string | null;
}

describe("the paged referral lists of the JSON API", () => {
  const api = useLocalApiService("convenor-api-paging-");
  const get = (path: string, personId: string) =>
    api.call<Page & { error: { fields: unknown } }>("GET", path, personId);

  async function everyPage(path: string, personId: string): Promise<Page[]> {
    const pages: Page[] = [];
    let cursor: string | null = null;
    do {
      const separator = path.includes("?") ? "&" : "?";
      const { status, body } = await get(
        cursor ? `${path}${separator}cursor=${encodeURIComponent(cursor)}` : path,
        personId,
      );
      expect(status).toBe(200);
      pages.push(body);
      cursor = body.nextCursor;
    } while (cursor);
    return pages;
  }

  it("gives a referrer's referrals a page at a time, each once, ending with a null cursor", async () => {
    const stored = await api
      .service()
      .deps.store.transaction((tx) => tx.referrals.list({ referrerId: "p-teacher" }));
    expect(stored.length).toBeGreaterThan(2);

    const pages = await everyPage("/api/referrals?view=mine&limit=2", "p-teacher");

    expect(pages.every((page) => page.items.length <= 2)).toBe(true);
    expect(pages.at(-1)?.nextCursor).toBeNull();
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(ids.sort()).toEqual(stored.map((referral) => referral.id).sort());
  });

  it("gives a chair's screening queue, across their panels, a page at a time", async () => {
    const waiting = await api
      .service()
      .deps.store.transaction((tx) => tx.referrals.list({ states: ["submitted"] }));
    const pages = await everyPage("/api/referrals?view=queue&limit=1", "p-chair");
    const items = pages.flatMap((page) => page.items);
    expect(items.length).toBeGreaterThan(1);
    expect(items.every((item) => item.state === "submitted")).toBe(true);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    expect(items.every((item) => waiting.some((referral) => referral.id === item.id))).toBe(true);
  });

  it("refuses a malformed or altered cursor, another list's cursor and a page size out of range with a 400 naming the field", async () => {
    const first = await get("/api/referrals?view=mine&limit=1", "p-teacher");
    const cursor = first.body.nextCursor!;
    const queueCursor = (await get("/api/referrals?view=queue&limit=1", "p-chair")).body.nextCursor!;
    expect(cursor).toMatch(/^[\w-]{8,}$/);
    expect(queueCursor).toMatch(/^[\w-]{8,}$/);
    const refused = [
      ["cursor", "%%%"],
      ["cursor", "bm90LWpzb24"],
      ["cursor", `${cursor}A`],
      ["cursor", queueCursor],
      ["cursor", "x".repeat(400)],
      ["limit", "0"],
      ["limit", "101"],
      ["limit", "ten"],
    ];
    for (const [field, value] of refused) {
      const { status, body } = await get(
        `/api/referrals?view=mine&${field}=${encodeURIComponent(value!)}`,
        "p-teacher",
      );
      expect({ field, value, status }).toEqual({ field, value, status: 400 });
      expect(body.error.fields).toEqual([expect.objectContaining({ field })]);
    }
    expect((await get(`/api/referrals?view=mine&cursor=${cursor}`, "p-teacher")).status).toBe(200);
  });
});
