import type { Kysely, Migration } from "kysely";

/** The reports' settings set by an administrator: one row (`id` = 'reports'), the small-count threshold. */
export const reportSettingsMigration: Migration = {
  // Migrations must not depend on the current typed schema, which changes after them.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("report_settings")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("suppression_threshold", "integer", (c) => c.notNull())
      .execute();
  },
};
