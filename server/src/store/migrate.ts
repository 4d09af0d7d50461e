import { Migrator, type Kysely } from "kysely";
import type { Database } from "./database.js";
import { migrationsFor } from "./migrations/index.js";
import type { StoreDialect } from "./store-dialect.js";

/** Brings the schema up to date; returns the names of the migrations it applied. */
export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: StoreDialect,
  schema: string | undefined,
): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: migrationsFor(dialect),
    // Kysely looks for its own tables in any schema unless told which one is ours.
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === "Error");
  if (error !== undefined || failed) {
    const reason = error instanceof Error ? error.message : "see the migration's status";
    throw new Error(`Store migration ${failed?.migrationName ?? ""} failed: ${reason}`, { cause: error });
  }
  return (results ?? []).map((result) => result.migrationName);
}
