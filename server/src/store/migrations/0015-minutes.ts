import type { Kysely, Migration } from "kysely";

/**
 * Minutes and case observations. `minutes` (from 0001, never written) gives way to `minute_versions`: every
 * version of a meeting's minute, its content as JSON, with a revision that moves on each change (a stale edit
 * is refused). `case_observations` hold what was said about one child's plan (000 5), restricted and never in
 * the minute; `panel_restricted_libraries` is the site each panel files them to, apart from its general one.
 */
export const minutesMigration: Migration = {
  // Migrations must not depend on the current typed schema, which changes after them.
  async up(db: Kysely<unknown>) {
    await db.schema.dropTable("minutes").execute();
    await db.schema
      .createTable("minute_versions")
      .addColumn("meeting_id", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("panel_id", "text", (c) => c.notNull())
      .addColumn("revision", "integer", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("content", "text", (c) => c.notNull())
      .addColumn("agreements", "text", (c) => c.notNull())
      .addColumn("contentious_issues", "text", (c) => c.notNull())
      .addColumn("edited_by_id", "text", (c) => c.notNull())
      .addColumn("edited_at", "text", (c) => c.notNull())
      .addColumn("circulated_at", "text")
      .addColumn("agreed_by_id", "text")
      .addColumn("agreed_at", "text")
      .addColumn("filed_url", "text")
      .addColumn("filed_item_id", "text")
      .addColumn("filed_at", "text")
      .addPrimaryKeyConstraint("minute_versions_pk", ["meeting_id", "version"])
      .execute();
    await db.schema
      .createTable("case_observations")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("meeting_id", "text", (c) => c.notNull())
      .addColumn("agenda_item_id", "text", (c) => c.notNull())
      .addColumn("panel_id", "text", (c) => c.notNull())
      .addColumn("child_id", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("recorded_by_id", "text", (c) => c.notNull())
      .addColumn("recorded_at", "text", (c) => c.notNull())
      .addColumn("filed_url", "text")
      .addColumn("filed_at", "text")
      .execute();
    await db.schema
      .createIndex("case_observations_meeting")
      .on("case_observations")
      .columns(["meeting_id", "recorded_at"])
      .execute();
    await db.schema
      .createIndex("case_observations_child")
      .on("case_observations")
      .column("child_id")
      .execute();
    await db.schema
      .createTable("panel_restricted_libraries")
      .addColumn("panel_id", "text", (c) => c.primaryKey())
      .addColumn("site_id", "text", (c) => c.notNull())
      .execute();
    // The minute reads a meeting's decisions in the order made.
    await db.schema
      .createIndex("decisions_meeting")
      .on("decisions")
      .columns(["meeting_id", "decided_at"])
      .execute();
  },
};
