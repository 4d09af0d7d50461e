import type { Kysely, Migration } from "kysely";
import type { StoreDialect } from "../store-dialect.js";
import { rebuildWithoutRowid } from "./0010-fewer-btrees-per-referral.js";

/**
 * Two fewer B-trees written by every filing (as 0010): `audit_log_child` is covered by `audit_log_child_at`
 * (child, then time), which answers every read by child; on SQLite `reference_counters`, keyed by panel and
 * year with one small row each, becomes a WITHOUT ROWID table instead of a rowid table plus its key's index.
 */
export function fewerBtreesPerFilingMigration(dialect: StoreDialect): Migration {
  return {
    // Kysely runs PostgreSQL migrations in a transaction but not SQLite's: a table must not be half rebuilt.
    up: (db: Kysely<unknown>) =>
      db.isTransaction ? migrate(db, dialect) : db.transaction().execute((tx) => migrate(tx, dialect)),
  };
}

async function migrate(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  await db.schema.dropIndex("audit_log_child").execute();
  if (dialect !== "sqlite") return;
  await rebuildWithoutRowid(
    db,
    "reference_counters",
    `"panel_id" text not null, "year" integer not null, "n" integer not null, primary key ("panel_id", "year")`,
    ["panel_id", "year", "n"],
  );
}
