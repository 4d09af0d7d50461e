import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { aChild } from "@convenor/shared/testing";
import { createStore, type OpenStore } from "../create-store.js";
import type { StoreDialect } from "../store-dialect.js";
import { migrationsFor } from "./index.js";
import { dropSchemas, uniqueSchemaName } from "../../testing/postgres-schemas.js";

/** A database at 0001-initial, the schema under which duplicate child records could be written. */
interface InitialDatabase {
  db: Kysely<unknown>;
  /** Closes it and opens the store, which migrates it to the latest schema. */
  migrateToLatest(): Promise<OpenStore>;
}

async function atInitial(db: Kysely<unknown>, dialect: StoreDialect, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationsFor(dialect),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error } = await migrator.migrateTo("0001-initial");
  if (error !== undefined) throw new Error("Migrating to 0001-initial failed", { cause: error });
}

const directory = mkdtempSync(join(tmpdir(), "convenor-migration-"));
const url = process.env.TEST_DATABASE_URL;
const schemas: string[] = [];

afterAll(async () => {
  rmSync(directory, { recursive: true, force: true });
  if (url) await dropSchemas(url, schemas);
});

async function sqliteAtInitial(): Promise<InitialDatabase> {
  const sqlitePath = join(directory, `${randomBytes(4).toString("hex")}.sqlite`);
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(sqlitePath) }) });
  await atInitial(db, "sqlite");
  return { db, migrateToLatest: () => db.destroy().then(() => createStore({ sqlitePath })) };
}

async function postgresAtInitial(databaseUrl: string): Promise<InitialDatabase> {
  const schema = uniqueSchemaName("migration_test");
  schemas.push(schema);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, options: `-c search_path=${schema}` });
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  await sql`create schema ${sql.id(schema)}`.execute(db);
  await atInitial(db, "postgres", schema);
  return { db, migrateToLatest: () => db.destroy().then(() => createStore({ databaseUrl, schema })) };
}

// Rows as 0001 stored them, written without the current typed schema, which later migrations change.
const insert = (db: Kysely<unknown>, table: string, row: Record<string, unknown>) =>
  sql`insert into ${sql.table(table)} (${sql.join(Object.keys(row).map((column) => sql.ref(column)))})
      values (${sql.join(Object.values(row))})`.execute(db);

const child = (id: string, givenName: string, familyName: string, dateOfBirth: string, lookedAfter = 0) => ({
  id,
  given_name: givenName,
  family_name: familyName,
  // As the child repository computed it then: trimmed and lower case.
  match_key: `${givenName.trim().toLowerCase()}\u001f${familyName.trim().toLowerCase()}`,
  date_of_birth: dateOfBirth,
  school: "Northfield Academy",
  locality: "Northfield",
  looked_after: lookedAfter,
});

const referral = (id: string, childId: string) => ({
  id,
  panel_id: "panel-lcjst",
  reference: `LCJST-2026-${id.slice(-4)}`,
  state: "submitted",
  child_id: childId,
  referrer_id: "referrer",
  urgency: "routine",
  form: "{}",
  meeting_id: null,
  retrospective: 0,
  created_at: "2026-02-02T09:00:00.000Z",
  updated_at: "2026-02-02T09:00:00.000Z",
  version: 1,
  history: "[]",
});

const rating = (childId: string, month: string, ratedById: string) => ({
  panel_id: "panel-hrp",
  child_id: childId,
  month,
  rated_by_id: ratedById,
  areas: "{}",
});

const audit = (id: string, subjectType: string, subjectId: string, childId: string | null) => ({
  id,
  at: "2026-02-02T09:00:00.000Z",
  actor_id: "chair",
  action: "referral.viewed",
  subject_type: subjectType,
  subject_id: subjectId,
  child_id: childId,
  channel: "tab",
  origin: null,
  correlation_id: null,
});

/** Three records of one child (filed at the same moment, typed differently) and one other child. */
async function writeDuplicates(db: Kysely<unknown>): Promise<void> {
  for (const row of [
    child("child-b", "Morag", "Example", "2013-05-14"),
    child("child-c", "MORAG", "example ", "2013-05-14", 1),
    child("child-a", " morag", "Example", "2013-05-14"),
    child("child-d", "Morag", "Example", "2014-05-14"),
  ]) {
    await insert(db, "children", row);
  }
  for (const row of [
    referral("referral-0001", "child-b"),
    referral("referral-0002", "child-c"),
    referral("referral-0003", "child-a"),
    referral("referral-0004", "child-d"),
  ]) {
    await insert(db, "referrals", row);
  }
  await insert(db, "agenda_items", {
    id: "item-1",
    meeting_id: "meeting-1",
    position: 1,
    source: "referral",
    title: "LCJST-2026-0002",
    referral_id: "referral-0002",
    child_id: "child-c",
    slot_minutes: 15,
    presenter_id: null,
    invited_person_ids: "[]",
  });
  for (const row of [
    rating("child-c", "2026-01", "rated-c"),
    rating("child-b", "2026-01", "rated-b"),
    rating("child-a", "2026-02", "rated-a"),
    rating("child-b", "2026-02", "rated-b"),
    rating("child-c", "2026-03", "rated-c"),
  ]) {
    await insert(db, "monthly_ratings", row);
  }
  for (const row of [
    audit("audit-1", "referral", "referral-0001", "child-b"),
    audit("audit-2", "child", "child-c", "child-c"),
    audit("audit-3", "referral", "referral-0004", "child-d"),
  ]) {
    await insert(db, "audit_log", row);
  }
}

const engines: [string, () => Promise<InitialDatabase>][] = [["SQLite", sqliteAtInitial]];
if (url) engines.push(["PostgreSQL", () => postgresAtInitial(url)]);

describe.each(engines)("child record migrations (0002, 0006) on %s", (_engine, open) => {
  it("merges a child's duplicate records into the lowest id, repointing everything to it", async () => {
    const initial = await open();
    await writeDuplicates(initial.db);
    const opened = await initial.migrateToLatest();
    try {
      const found = await opened.store.transaction(async (tx) => ({
        match: await tx.children.findMatch("Morag", "Example", "2013-05-14"),
        merged: [await tx.children.get("child-b"), await tx.children.get("child-c")],
        other: await tx.children.get("child-d"),
        referrals: await Promise.all(
          ["referral-0001", "referral-0002", "referral-0003", "referral-0004"].map((id) =>
            tx.referrals.get(id),
          ),
        ),
        ratings: await tx.ratings.listForChild("panel-hrp", "child-a"),
        mergedRatings: await tx.ratings.listForPanel("panel-hrp"),
        byChild: await tx.audit.list({ childId: "child-a" }),
        bySubject: await tx.audit.list({ subjectId: "child-a" }),
        agenda: await tx.agenda.listForMeeting("meeting-1"),
      }));

      expect(found.match).toMatchObject({ id: "child-a", givenName: " morag", lookedAfter: true });
      expect(found.merged).toEqual([null, null]);
      expect(found.other).toMatchObject({ id: "child-d", lookedAfter: false });
      expect(found.referrals.map((r) => r?.childId)).toEqual(["child-a", "child-a", "child-a", "child-d"]);
      // One rating a month: the lowest id's where two records were rated for the same month.
      expect(found.ratings.map((r) => [r.month, r.ratedById])).toEqual([
        ["2026-01", "rated-b"],
        ["2026-02", "rated-a"],
        ["2026-03", "rated-c"],
      ]);
      expect(found.mergedRatings).toHaveLength(3);
      expect(found.byChild.map((e) => e.id)).toEqual(["audit-1", "audit-2"]);
      expect(found.bySubject.map((e) => e.id)).toEqual(["audit-2"]);
      expect(found.agenda.map((item) => item.childId)).toEqual(["child-a"]);
    } finally {
      await opened.close();
    }
  });

  it("then refuses a second record for the same child", async () => {
    const initial = await open();
    const opened = await initial.migrateToLatest();
    try {
      await opened.store.transaction((tx) => tx.children.insert(aChild({ id: "child-1" })));
      await expect(
        opened.store.transaction((tx) => tx.children.insert(aChild({ id: "child-2", givenName: "MORAG " }))),
      ).rejects.toThrow();
      const kept = await opened.store.transaction((tx) =>
        tx.children.findMatch("morag", "example", "2013-05-14"),
      );
      expect(kept?.id).toBe("child-1");
    } finally {
      await opened.close();
    }
  });

  it("merges the records of a child whose names were typed in another Unicode form or with invisible characters", async () => {
    const initial = await open();
    for (const row of [
      child("child-p", "Seán", "MacLeod", "2012-03-01"),
      child("child-q", "Sea\u0301n", "MacLeod", "2012-03-01"), // the same name, accent decomposed
      child("child-r", "Mo\u200Brag", "Example", "2013-05-14"), // a zero-width space inside
      child("child-s", "Morag", "Example", "2013-05-14"),
      child("child-t", "Sean", "MacLeod", "2012-03-01"), // another name: stays apart
    ]) {
      await insert(initial.db, "children", row);
    }
    for (const [id, childId] of [
      ["referral-0011", "child-q"],
      ["referral-0012", "child-r"],
      ["referral-0013", "child-s"],
      ["referral-0014", "child-t"],
    ] as const) {
      await insert(initial.db, "referrals", referral(id, childId));
    }
    const opened = await initial.migrateToLatest();
    try {
      const found = await opened.store.transaction(async (tx) => ({
        children: await Promise.all(
          ["child-p", "child-q", "child-r", "child-s", "child-t"].map((id) => tx.children.get(id)),
        ),
        referrals: await Promise.all(
          ["referral-0011", "referral-0012", "referral-0013", "referral-0014"].map((id) =>
            tx.referrals.get(id),
          ),
        ),
        decomposed: await tx.children.findMatch("Sea\u0301n", "MACLEOD", "2012-03-01"),
      }));
      expect(found.children.map((c) => c?.id ?? null)).toEqual(["child-p", null, "child-r", null, "child-t"]);
      expect(found.referrals.map((r) => r?.childId)).toEqual(["child-p", "child-r", "child-r", "child-t"]);
      expect(found.decomposed?.id).toBe("child-p");
    } finally {
      await opened.close();
    }
  });
});
