import type { Kysely, Migration } from "kysely";

/**
 * Third-sector capacity refusals (002 Appendix 2): what was asked of which organisation and why it could not
 * help. No child column: the table only evidences unmet need as counts. Indexed for the report's months.
 */
export const capacityRefusalsMigration: Migration = {
  // Migrations must not depend on the current typed schema, which changes after them.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("capacity_refusals")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("panel_id", "text", (c) => c.notNull())
      .addColumn("organisation", "text", (c) => c.notNull())
      .addColumn("service", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("waiting_weeks", "integer")
      .addColumn("refused_on", "text", (c) => c.notNull())
      .addColumn("locality", "text")
      .addColumn("recorded_by_id", "text", (c) => c.notNull())
      .addColumn("recorded_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("capacity_refusals_panel_refused_on")
      .on("capacity_refusals")
      .columns(["panel_id", "refused_on"])
      .execute();
  },
};
