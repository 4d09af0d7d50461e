import type { Kysely, Migration } from "kysely";

/**
 * Data protection (004 Confidentiality): who is the data protection officer (a person's flag, off for everyone
 * until an operator turns it on), an index to read a child's audit trail by period, and suspected breaches.
 */
export const dataProtectionMigration: Migration = {
  // Migrations must not depend on the current typed schema, which changes after them.
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("people")
      .addColumn("data_protection_officer", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex("audit_log_child_at").on("audit_log").columns(["child_id", "at"]).execute();
    await db.schema
      .createTable("suspected_breaches")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("child_id", "text", (c) => c.notNull())
      .addColumn("panel_id", "text")
      .addColumn("what_happened", "text", (c) => c.notNull())
      .addColumn("discovered_on", "text", (c) => c.notNull())
      .addColumn("reported_by", "text", (c) => c.notNull())
      .addColumn("period_from", "text", (c) => c.notNull())
      .addColumn("period_to", "text", (c) => c.notNull())
      .addColumn("recorded_by_id", "text", (c) => c.notNull())
      .addColumn("recorded_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("suspected_breaches_child")
      .on("suspected_breaches")
      .columns(["child_id", "recorded_at"])
      .execute();
  },
};
