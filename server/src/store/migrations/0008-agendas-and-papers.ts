import type { Kysely, Migration } from "kysely";

/**
 * An agenda's version and publication, the papers filed for its items, who opened them, and each panel's
 * SharePoint site for papers.
 */
export const agendasAndPapersMigration: Migration = {
  // Migrations must not depend on the current typed schema, which changes after them.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("agenda_records")
      .addColumn("meeting_id", "text", (c) => c.primaryKey())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("published_at", "text")
      .addColumn("published_fingerprint", "text")
      .execute();

    await db.schema
      .createTable("papers")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("agenda_item_id", "text", (c) => c.notNull())
      .addColumn("file_name", "text", (c) => c.notNull())
      .addColumn("content_type", "text")
      .addColumn("size", "integer", (c) => c.notNull())
      .addColumn("site_id", "text", (c) => c.notNull())
      .addColumn("drive_item_id", "text", (c) => c.notNull())
      .addColumn("path", "text", (c) => c.notNull())
      .addColumn("web_url", "text", (c) => c.notNull())
      .addColumn("uploaded_by_id", "text", (c) => c.notNull())
      .addColumn("uploaded_at", "text", (c) => c.notNull())
      .addColumn("late", "integer", (c) => c.notNull())
      .addUniqueConstraint("papers_item_path", ["agenda_item_id", "path"])
      .execute();

    await db.schema
      .createTable("paper_reads")
      .addColumn("paper_id", "text", (c) => c.notNull())
      .addColumn("person_id", "text", (c) => c.notNull())
      .addColumn("first_read_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("paper_reads_pk", ["paper_id", "person_id"])
      .execute();

    await db.schema
      .createTable("panel_libraries")
      .addColumn("panel_id", "text", (c) => c.primaryKey())
      .addColumn("site_id", "text", (c) => c.notNull())
      .execute();
  },
};
