import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { demoPeople } from "../local/seed/demo-people.js";
import { startService, type RunningService } from "../start-service.js";

interface Page {
  items: { id: string; state: string }[];
  nextCursor: string | null;
}

describe("the paged referral lists of the JSON API", () => {
  let dataDir: string;
  let service: RunningService;

  async function get(path: string, personId: string) {
    const person = demoPeople.find((candidate) => candidate.id === personId)!;
    const token = await service.localIssuer!.issueToken(person);
    const response = await fetch(`${service.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return {
      status: response.status,
      body: (await response.json()) as Page & { error: { fields: unknown } },
    };
  }

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

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "convenor-api-paging-"));
    service = await startService(
      loadConfig({ DATA_DIR: dataDir, PORT: "0" }),
      createLogger({ level: "silent" }),
      {
        playground: false,
        graphSandbox: false,
      },
    );
  });

  afterAll(async () => {
    await service.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("gives a referrer's referrals a page at a time, each once, ending with a null cursor", async () => {
    const stored = await service.deps.store.transaction((tx) =>
      tx.referrals.list({ referrerId: "p-teacher" }),
    );
    expect(stored.length).toBeGreaterThan(2);

    const pages = await everyPage("/api/referrals?view=mine&limit=2", "p-teacher");

    expect(pages.every((page) => page.items.length <= 2)).toBe(true);
    expect(pages.at(-1)?.nextCursor).toBeNull();
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(ids.sort()).toEqual(stored.map((referral) => referral.id).sort());
  });

  it("gives a chair's screening queue, across their panels, a page at a time", async () => {
    const waiting = await service.deps.store.transaction((tx) =>
      tx.referrals.list({ states: ["submitted"] }),
    );
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
