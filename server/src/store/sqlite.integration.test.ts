import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createStore } from "./create-store.js";
import { describeAgendasAndPapersContract } from "./agendas-and-papers.contract.js";
import { describeSendWindowsContract } from "./send-windows.contract.js";
import { describeStoreContract } from "./store.contract.js";
import { describeMeetingVotesContract } from "./meeting-votes.contract.js";
import { describeDecisionsAndActionsContract } from "./decisions-and-actions.contract.js";
import { describeTrackerContract } from "./tracker.contract.js";
import { describeCinReviewsContract } from "./cin-reviews.contract.js";
import { describeMinutesContract } from "./minutes.contract.js";
import { describeReportsContract } from "./reports.contract.js";
import { describeRetentionContract } from "./retention.contract.js";
import { describeCapacityRefusalsContract } from "./capacity-refusals.contract.js";
import BetterSqlite3 from "better-sqlite3";
import { somePanel, somePerson } from "./store-test-data.test-support.js";

const directory = mkdtempSync(join(tmpdir(), "convenor-store-"));
const sqlitePath = join(directory, "nested", "convenor.sqlite");

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describeStoreContract("SQLite", () => createStore({ sqlitePath }));
describeAgendasAndPapersContract("SQLite", () => createStore({ sqlitePath }));
describeSendWindowsContract("SQLite", () => createStore({ sqlitePath }));
describeMeetingVotesContract("SQLite", () => createStore({ sqlitePath }));
describeDecisionsAndActionsContract("SQLite", () => createStore({ sqlitePath }));
describeTrackerContract("SQLite", () => createStore({ sqlitePath }));
describeCinReviewsContract("SQLite", () => createStore({ sqlitePath }));
describeMinutesContract("SQLite", () => createStore({ sqlitePath }));
describeReportsContract("SQLite", () => createStore({ sqlitePath }));
describeRetentionContract("SQLite", () => createStore({ sqlitePath }));
describeCapacityRefusalsContract("SQLite", () => createStore({ sqlitePath }));

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

describe("panel settings written before required agencies existed", () => {
  it("read back with no required agency", async () => {
    const path = join(directory, "older-settings", "convenor.sqlite");
    const panel = somePanel();
    const first = await createStore({ sqlitePath: path });
    await first.store.transaction((tx) => tx.panels.upsert(panel));
    await first.close();
    const database = new BetterSqlite3(path);
    const { requiredAgencies: _none, ...older } = panel.settings;
    database.prepare("update panels set settings = ? where id = ?").run(JSON.stringify(older), panel.id);
    database.close();

    const reopened = await createStore({ sqlitePath: path });
    try {
      const read = await reopened.store.read((tx) => tx.panels.get(panel.id));
      expect(read?.settings).toEqual({ ...older, requiredAgencies: [] });
    } finally {
      await reopened.close();
    }
  });
});
