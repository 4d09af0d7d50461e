import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person } from "@convenor/shared";
import { aPerson } from "@convenor/shared/testing";
import { createStore, type OpenStore } from "./create-store.js";
import { maxGroupSize, SqliteGroupCommit, type GroupConnection } from "./sqlite-group-commit.js";

// Transactions asked for together on SQLite's one write connection share a commit: each must still be all
// or nothing on its own, and settle only once what it wrote is committed.

const directory = mkdtempSync(join(tmpdir(), "convenor-group-commit-"));
let opened: OpenStore;

beforeAll(async () => {
  opened = await createStore({ sqlitePath: join(directory, "convenor.sqlite") });
});
afterAll(async () => {
  await opened.close();
  rmSync(directory, { recursive: true, force: true });
});

const personNamed = (name: string): Person =>
  aPerson({ id: `group-${name}`, entraObjectId: `oid-group-${name}`, displayName: name });

/** Reads on the reader connection, which sees only what is committed. */
const committedPerson = (name: string) => opened.store.read((tx) => tx.people.get(`group-${name}`));

describe("SQLite transactions that arrive together", () => {
  it("each commit, and each caller hears so only when its writes can be read back", async () => {
    const names = Array.from({ length: 3 * maxGroupSize }, (_, n) => `together-${n}`);
    const seenOnSettling = await Promise.all(
      names.map((name) =>
        opened.store
          .transaction((tx) => tx.people.upsert(personNamed(name)))
          .then(() => committedPerson(name)),
      ),
    );
    expect(seenOnSettling.map((person) => person?.displayName)).toEqual(names);
  });

  it("a failing one leaves nothing of its own, and the others' writes stand", async () => {
    const outcomes = await Promise.allSettled(
      ["first", "refused", "last"].map((name) =>
        opened.store.transaction(async (tx) => {
          await tx.people.upsert(personNamed(`mixed-${name}`));
          if (name === "refused") throw new Error("the use case refused");
        }),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await committedPerson("mixed-first")).toMatchObject({ displayName: "mixed-first" });
    expect(await committedPerson("mixed-refused")).toBeNull();
    expect(await committedPerson("mixed-last")).toMatchObject({ displayName: "mixed-last" });
  });

  it("when the first of them fails, the rest still commit", async () => {
    const outcomes = await Promise.allSettled(
      ["refused-first", "after"].map((name) =>
        opened.store.transaction(async (tx) => {
          await tx.people.upsert(personNamed(name));
          if (name === "refused-first") throw new Error("the use case refused");
        }),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "fulfilled"]);
    expect(await committedPerson("refused-first")).toBeNull();
    expect(await committedPerson("after")).toMatchObject({ displayName: "after" });
  });

  it("a later one sees what an earlier one wrote, as if they had run one after the other", async () => {
    const [, seen] = await Promise.all([
      opened.store.transaction((tx) => tx.people.upsert(personNamed("earlier"))),
      opened.store.transaction((tx) => tx.people.get("group-earlier")),
    ]);
    expect(seen).toMatchObject({ displayName: "earlier" });
  });
});

/** A connection whose statements are recorded, and which fails the statements named in `failing`. */
function recordingConnection(failing: string[]): GroupConnection & { statements: string[] } {
  const statements: string[] = [];
  return {
    statements,
    begin: () => {
      statements.push("begin");
      return Promise.resolve();
    },
    run: (statement) => {
      statements.push(statement);
      return failing.includes(statement)
        ? Promise.reject(new Error(`${statement} failed`))
        : Promise.resolve();
    },
    tx: {} as GroupConnection["tx"],
  };
}

describe("when the database itself fails a group", () => {
  it("a failed commit fails every transaction in it", async () => {
    const connection = recordingConnection(["commit"]);
    const group = new SqliteGroupCommit((commitGroup) => commitGroup(connection));
    const outcomes = await Promise.allSettled(
      [1, 2, 3].map((n) => group.transaction(() => Promise.resolve(n))),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(connection.statements).toContain("rollback");
  });

  it("when a failure ends the whole transaction, the others in the group fail too rather than report a write that is gone", async () => {
    const connection = recordingConnection(["rollback to joined"]);
    const group = new SqliteGroupCommit((commitGroup) => commitGroup(connection));
    const outcomes = await Promise.allSettled([
      group.transaction(() => Promise.resolve("written")),
      group.transaction(() => Promise.reject(new Error("disk full"))),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected"]);
    expect(connection.statements).not.toContain("commit");
  });
});
