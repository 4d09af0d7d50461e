import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect, sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { aChild } from "@convenor/shared/testing";
import { createStore } from "../create-store.js";
import { migrationsFor } from "./index.js";

const directory = mkdtempSync(join(tmpdir(), "convenor-migration-0010-"));

afterAll(() => rmSync(directory, { recursive: true, force: true }));

// Rows as 0009 stored them, written without the current typed schema.
const insert = (db: Kysely<unknown>, table: string, row: Record<string, unknown>) =>
  sql`insert into ${sql.table(table)} (${sql.join(Object.keys(row).map((column) => sql.ref(column)))})
      values (${sql.join(Object.values(row))})`.execute(db);

const schemaOf = (path: string) => {
  const database = new BetterSqlite3(path, { readonly: true });
  try {
    return database
      .prepare("select type, name, tbl_name as tableName, sql from sqlite_master where tbl_name in (?, ?, ?)")
      .all("children", "idempotency_keys", "audit_log") as {
      type: string;
      name: string;
      tableName: string;
      sql: string | null;
    }[];
  } finally {
    database.close();
  }
};

describe("migration 0010 on SQLite", () => {
  it("keeps every idempotency key and child, in tables without rowid, and drops the audit actor index", async () => {
    const sqlitePath = join(directory, "at-0009.sqlite");
    const db = new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new BetterSqlite3(sqlitePath) }),
    });
    const { error } = await new Migrator({ db, provider: migrationsFor("sqlite") }).migrateTo(
      "0009-meeting-scheduling",
    );
    expect(error).toBeUndefined();
    await insert(db, "idempotency_keys", {
      key: "referral.file:p-teacher:card-1",
      scope: "referral.file",
      result: JSON.stringify({ referralId: "referral-1" }),
      created_at: "2026-11-29T10:00:00.000Z",
    });
    await insert(db, "children", {
      id: "child-1",
      given_name: "Morag",
      family_name: "Example",
      match_key: "morag\u001fexample",
      date_of_birth: "2013-05-14",
      school: "Northfield Academy",
      locality: "Northfield",
      looked_after: 1,
    });
    await db.destroy();

    const opened = await createStore({ sqlitePath });
    try {
      const [key, child, duplicate] = await opened.store.transaction(async (tx) => [
        await tx.idempotency.get("referral.file:p-teacher:card-1"),
        await tx.children.get("child-1"),
        await tx.children.findOrInsert(
          aChild({ id: "child-2", givenName: "Morag", familyName: "Example", dateOfBirth: "2013-05-14" }),
        ),
      ]);
      expect(key).toEqual({
        key: "referral.file:p-teacher:card-1",
        scope: "referral.file",
        result: { referralId: "referral-1" },
        createdAt: "2026-11-29T10:00:00.000Z",
      });
      expect(child).toMatchObject({ id: "child-1", givenName: "Morag", lookedAfter: true });
      // The unique index on the child's identity is back: the same child is found, not inserted again.
      expect(duplicate.id).toBe("child-1");
    } finally {
      await opened.close();
    }

    const schema = schemaOf(sqlitePath);
    const table = (name: string) => schema.find((entry) => entry.type === "table" && entry.name === name);
    expect(table("idempotency_keys")?.sql).toMatch(/without rowid$/i);
    expect(table("children")?.sql).toMatch(/without rowid$/i);
    expect(schema.map((entry) => entry.name)).toContain("children_match");
    expect(schema.map((entry) => entry.name)).not.toContain("audit_log_actor");
    expect(schema.map((entry) => entry.name)).not.toContain("children_without_rowid");
  });
});
