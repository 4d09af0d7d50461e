import type { Kysely, Migration } from "kysely";

/**
 * The High Risk Panel's monthly tracker (004): who rates which young person (`tracked_young_people`, with the
 * worker's team), and part-saved months. Entries rated before this migration were whole months, so they stay
 * complete; a part-saved entry has `complete = 0` and `areas` holding only the areas chosen so far.
 */
export const monthlyTrackerMigration: Migration = {
  // Migrations must not depend on the current typed schema, which changes after them.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("tracked_young_people")
      .addColumn("panel_id", "text", (c) => c.notNull())
      .addColumn("child_id", "text", (c) => c.notNull())
      .addColumn("worker_id", "text", (c) => c.notNull())
      .addColumn("team", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("tracked_young_people_pk", ["panel_id", "child_id"])
      .execute();
    await db.schema
      .createIndex("tracked_young_people_worker")
      .on("tracked_young_people")
      .columns(["worker_id", "panel_id"])
      .execute();
    await db.schema
      .alterTable("monthly_ratings")
      .addColumn("complete", "integer", (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.alterTable("monthly_ratings").addColumn("submitted_at", "text").execute();
    // The grid reads a panel's months in a range: (panel_id, month) leads, the primary key cannot serve it.
    await db.schema
      .createIndex("monthly_ratings_panel_month")
      .on("monthly_ratings")
      .columns(["panel_id", "month"])
      .execute();
  },
};
