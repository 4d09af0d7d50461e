import type { Kysely, Migration } from "kysely";
import { mergeDuplicateChildren } from "./merge-duplicate-children.js";

/**
 * One record a child. Before this, two referrals for the same new child filed at once could each insert a
 * record. Each set of records with the same match key and date of birth merges into its lowest id (the
 * record lookups already returned): everything pointing at the others is repointed to it, they are deleted,
 * and the index becomes unique so that it cannot happen again.
 */
export function uniqueChildMigration(): Migration {
  return {
    // Kysely runs PostgreSQL migrations in a transaction but not SQLite's: a merge must not stop halfway.
    up: (db: Kysely<unknown>) =>
      db.isTransaction ? mergeDuplicateChildren(db) : db.transaction().execute(mergeDuplicateChildren),
  };
}
