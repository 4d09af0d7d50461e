import type { Kysely, Migration } from "kysely";

/**
 * Retention: the periods the administrator sets (one row a kind of record; a kind without a row keeps its
 * default), and when a referral, a child's record, a case observation or a minute version was anonymised (null
 * until then).
 */
export const retentionMigration: Migration = {
  // Migrations must not depend on the current typed schema, which changes after them.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("retention_periods")
      .addColumn("kind", "text", (c) => c.primaryKey())
      .addColumn("months", "integer", (c) => c.notNull())
      .execute();
    for (const table of ["referrals", "children", "case_observations", "minute_versions"]) {
      await db.schema.alterTable(table).addColumn("anonymised_at", "text").execute();
    }
  },
};
