import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect, sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { createStore } from "../create-store.js";
import { migrationsFor } from "./index.js";

const directory = mkdtempSync(join(tmpdir(), "convenor-migration-0021-"));

afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe("migration 0021 on SQLite", () => {
  it("keeps each panel's reference counter, so the next reference follows the last one issued", async () => {
    const sqlitePath = join(directory, "at-0019.sqlite");
    const db = new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new BetterSqlite3(sqlitePath) }),
    });
    const { error } = await new Migrator({ db, provider: migrationsFor("sqlite") }).migrateTo(
      "0019-report-settings",
    );
    expect(error).toBeUndefined();
    await sql`insert into reference_counters (panel_id, year, n) values ('panel-1', 2026, 41)`.execute(db);
    await db.destroy();

    const opened = await createStore({ sqlitePath });
    try {
      const next = await opened.store.transaction((tx) => tx.referrals.nextReference("panel-1", "JST", 2026));
      expect(next).toBe("JST-2026-0042");
    } finally {
      await opened.close();
    }
    const schema = new BetterSqlite3(sqlitePath, { readonly: true });
    const indexes = schema
      .prepare(
        "select name from sqlite_master where type = 'index' and tbl_name in ('audit_log', 'reference_counters')",
      )
      .pluck()
      .all();
    schema.close();
    expect(indexes).not.toContain("audit_log_child");
    expect(indexes).toContain("audit_log_child_at");
    expect(indexes.filter((name) => String(name).includes("reference_counters"))).toEqual([]);
  });
});
