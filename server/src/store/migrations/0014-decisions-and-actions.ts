import { sql, type Kysely, type Migration } from "kysely";

/**
 * Decisions beyond a vote (kind, resource, the child), the unmet need register, family sharing, and actions
 * with who made and completed them. `actions` was made by 0001 but never written. Existing decisions are
 * case decisions; their child comes from their agenda item.
 */
export const decisionsAndActionsMigration: Migration = {
  // Migrations must not depend on the current typed schema, which changes after them.
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable("decisions")
      .addColumn("kind", "text", (c) => c.notNull().defaultTo("case"))
      .execute();
    await db.schema.alterTable("decisions").addColumn("child_id", "text").execute();
    await db.schema.alterTable("decisions").addColumn("resource", "text").execute();
    await sql`update decisions set child_id = (select child_id from agenda_items where agenda_items.id = decisions.agenda_item_id)`.execute(
      db,
    );
    await db.schema.createIndex("decisions_child").on("decisions").column("child_id").execute();
    // One decision recorded without a vote per item: a second submit fails here even when two race.
    await db.schema
      .createIndex("decisions_recorded_item")
      .on("decisions")
      .column("agenda_item_id")
      .unique()
      .where(sql.ref("question_id"), "is", null)
      .execute();
    await db.schema.createIndex("agenda_items_child").on("agenda_items").column("child_id").execute();

    await db.schema.dropTable("actions").execute();
    await db.schema
      .createTable("actions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("meeting_id", "text", (c) => c.notNull())
      .addColumn("panel_id", "text", (c) => c.notNull())
      .addColumn("agenda_item_id", "text")
      .addColumn("owner_id", "text", (c) => c.notNull())
      .addColumn("description", "text", (c) => c.notNull())
      .addColumn("due_on", "text", (c) => c.notNull())
      .addColumn("done", "integer", (c) => c.notNull())
      .addColumn("created_by_id", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("completed_at", "text")
      .addColumn("completed_by_id", "text")
      .execute();
    await db.schema.createIndex("actions_meeting").on("actions").column("meeting_id").execute();
    await db.schema.createIndex("actions_item").on("actions").column("agenda_item_id").execute();
    await db.schema.createIndex("actions_panel_open").on("actions").columns(["panel_id", "done"]).execute();

    await db.schema
      .createTable("unmet_needs")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("panel_id", "text", (c) => c.notNull())
      .addColumn("meeting_id", "text", (c) => c.notNull())
      .addColumn("agenda_item_id", "text", (c) => c.notNull())
      .addColumn("decision_id", "text", (c) => c.notNull().unique())
      .addColumn("resource", "text", (c) => c.notNull())
      .addColumn("reference", "text", (c) => c.notNull())
      .addColumn("recorded_on", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("unmet_needs_panel")
      .on("unmet_needs")
      .columns(["panel_id", "recorded_on"])
      .execute();

    await db.schema
      .createTable("family_sharing")
      .addColumn("decision_id", "text", (c) => c.primaryKey())
      .addColumn("child_id", "text")
      .addColumn("shared_on", "text", (c) => c.notNull())
      .addColumn("method", "text", (c) => c.notNull())
      .addColumn("note", "text")
      .addColumn("shared_as", "text", (c) => c.notNull())
      .addColumn("recorded_by_id", "text", (c) => c.notNull())
      .addColumn("recorded_at", "text", (c) => c.notNull())
      .execute();
  },
};
