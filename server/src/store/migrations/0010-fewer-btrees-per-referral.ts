import { sql, type Kysely, type Migration } from "kysely";
import type { StoreDialect } from "../store-dialect.js";

/**
 * Filing a referral writes a page of every B-tree it touches. `audit_log_actor` served no query the service
 * makes (an audit trail is read by subject or by child), so it goes. On SQLite, a table keyed by text is a
 * rowid table plus a separate index on its key: `idempotency_keys` and `children` become WITHOUT ROWID
 * tables, one B-tree each, ordered by their key (their rows are small, as such tables need). PostgreSQL's
 * tables are heaps with one primary-key index either way.
 */
export function fewerBtreesPerReferralMigration(dialect: StoreDialect): Migration {
  return {
    // Kysely runs PostgreSQL migrations in a transaction but not SQLite's: a table must not be half rebuilt.
    up: (db: Kysely<unknown>) =>
      db.isTransaction ? migrate(db, dialect) : db.transaction().execute((tx) => migrate(tx, dialect)),
  };
}

async function migrate(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  await db.schema.dropIndex("audit_log_actor").execute();
  if (dialect !== "sqlite") return;
  await rebuildWithoutRowid(
    db,
    "idempotency_keys",
    `"key" text primary key, "scope" text not null, "result" text not null, "created_at" text not null`,
    ["key", "scope", "result", "created_at"],
  );
  await rebuildWithoutRowid(
    db,
    "children",
    `"id" text primary key, "given_name" text not null, "family_name" text not null, ` +
      `"match_key" text not null, "date_of_birth" text not null, "school" text not null, ` +
      `"locality" text not null, "looked_after" integer not null`,
    ["id", "given_name", "family_name", "match_key", "date_of_birth", "school", "locality", "looked_after"],
  );
  await sql`create unique index "children_match" on "children" ("match_key", "date_of_birth")`.execute(db);
}

/** SQLite cannot alter a table to WITHOUT ROWID: a copy is made, and takes the table's name. */
export async function rebuildWithoutRowid(
  db: Kysely<unknown>,
  table: string,
  columnDefinitions: string,
  columns: string[],
): Promise<void> {
  const copy = `${table}_without_rowid`;
  const list = sql.join(columns.map((column) => sql.id(column)));
  await sql`create table ${sql.id(copy)} (${sql.raw(columnDefinitions)}) without rowid`.execute(db);
  await sql`insert into ${sql.id(copy)} (${list}) select ${list} from ${sql.id(table)}`.execute(db);
  await sql`drop table ${sql.id(table)}`.execute(db);
  await sql`alter table ${sql.id(copy)} rename to ${sql.id(table)}`.execute(db);
}
