import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createStore } from "./create-store.js";
import { describeAgendasAndPapersContract } from "./agendas-and-papers.contract.js";
import { describeStoreContract } from "./store.contract.js";
import { somePerson } from "./store-test-data.test-support.js";

const directory = mkdtempSync(join(tmpdir(), "convenor-store-"));
const sqlitePath = join(directory, "nested", "convenor.sqlite");

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describeStoreContract("SQLite", () => createStore({ sqlitePath }));
describeAgendasAndPapersContract("SQLite", () => createStore({ sqlitePath }));

describe("SQLite store file", () => {
  it("creates the file's folder, uses WAL and keeps data across reopening", async () => {
    const path = join(directory, "reopen", "data", "convenor.sqlite");
    const person = somePerson();
    const first = await createStore({ sqlitePath: path });
    expect(first.dialect).toBe("sqlite");
    await first.store.transaction((tx) => tx.people.upsert(person));
    expect(existsSync(`${path}-wal`)).toBe(true);
    await first.close();

    const reopened = await createStore({ sqlitePath: path });
    try {
      expect(await reopened.store.transaction((tx) => tx.people.get(person.id))).toEqual(person);
    } finally {
      await reopened.close();
    }
  });
});
