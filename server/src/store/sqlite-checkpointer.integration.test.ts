import { copyFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { startSqliteCheckpointer, type SqliteCheckpointer } from "./sqlite-checkpointer.js";

const directory = mkdtempSync(join(tmpdir(), "convenor-checkpointer-"));
let opened: { writer: BetterSqlite3.Database; checkpointer: SqliteCheckpointer }[] = [];

afterEach(async () => {
  for (const { writer, checkpointer } of opened) {
    await checkpointer.stop();
    writer.close();
  }
  opened = [];
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** A WAL database whose writer never checkpoints by itself, as the store's, with a checkpointer on it. */
function openDatabase(name: string, options: { truncateAboveFrames?: number } = {}) {
  const path = join(directory, name);
  const writer = new BetterSqlite3(path);
  writer.pragma("journal_mode = WAL");
  writer.pragma("synchronous = NORMAL");
  writer.pragma("wal_autocheckpoint = 0");
  writer.exec("create table notes (id integer primary key, body text not null)");
  // A long interval: these tests checkpoint when they choose to, never by the clock.
  const checkpointer = startSqliteCheckpointer(path, { intervalMs: 3_600_000, ...options });
  opened.push({ writer, checkpointer });
  const insert = writer.prepare("insert into notes (body) values (?)");
  const write = (count: number) => {
    for (let n = 0; n < count; n += 1) writer.transaction(() => insert.run("x".repeat(500)))();
  };
  return { path, writer, checkpointer, write };
}

const walBytes = (path: string) => statSync(`${path}-wal`).size;

describe("SQLite checkpointer", () => {
  it("copies every committed transaction into the database file", async () => {
    const { path, checkpointer, write } = openDatabase("copies.sqlite");
    write(300);

    const result = await checkpointer.checkpointNow();

    expect(result.log).toBeGreaterThan(0);
    expect(result.checkpointed).toBe(result.log);
    // The database file alone, without its log, holds all 300 rows.
    const copy = join(directory, "copies-file-only.sqlite");
    copyFileSync(path, copy);
    const alone = new BetterSqlite3(copy, { readonly: true });
    try {
      expect(alone.prepare("select count(*) as n from notes").get()).toEqual({ n: 300 });
    } finally {
      alone.close();
    }
  });

  it("keeps the log from growing while writes go on", async () => {
    const { path, checkpointer, write } = openDatabase("bounded.sqlite");
    write(100);
    await checkpointer.checkpointNow();
    const afterOneRound = walBytes(path);

    for (let round = 0; round < 20; round += 1) {
      write(100);
      await checkpointer.checkpointNow();
    }

    // Each round restarts the log from its beginning instead of appending 20 rounds' worth.
    expect(walBytes(path)).toBeLessThanOrEqual(afterOneRound * 2);
  });

  it("truncates the log once it holds more frames than its limit", async () => {
    const { path, checkpointer, write } = openDatabase("truncated.sqlite", { truncateAboveFrames: 50 });
    write(200);
    expect(walBytes(path)).toBeGreaterThan(0);

    const result = await checkpointer.checkpointNow();

    expect(result.log).toBe(0);
    expect(walBytes(path)).toBe(0);
  });

  it("leaves a log under its limit in place, for the writer to reuse", async () => {
    const { path, checkpointer, write } = openDatabase("kept.sqlite", { truncateAboveFrames: 100_000 });
    write(200);

    const result = await checkpointer.checkpointNow();

    expect(result.checkpointed).toBe(result.log);
    expect(walBytes(path)).toBeGreaterThan(0);
  });

  it("refuses to checkpoint once stopped", async () => {
    const { checkpointer } = openDatabase("stopped.sqlite");
    await checkpointer.stop();

    await expect(checkpointer.checkpointNow()).rejects.toThrow(/stopped/);
  });
});
