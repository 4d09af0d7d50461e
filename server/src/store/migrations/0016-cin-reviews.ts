import type { Kysely, Migration } from "kysely";

/**
 * Child in Need plan reviews (003 3): plans and their review schedule, each review's outcome, early review
 * requests, the 12-month consultation tasks, and who a panel consults. Uniqueness that must hold under two
 * writers is in the schema: one open plan per child and panel (`open_key`, null once closed), one outcome per
 * plan and due date, one early request not yet done per plan (`open_key`), one task per plan and role.
 */
export const cinReviewsMigration: Migration = {
  // Migrations must not depend on the current typed schema, which changes after them.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("cin_plans")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("panel_id", "text", (c) => c.notNull())
      .addColumn("child_id", "text", (c) => c.notNull())
      .addColumn("started_on", "text", (c) => c.notNull())
      .addColumn("longer_support", "integer", (c) => c.notNull())
      .addColumn("named_person_ids", "text", (c) => c.notNull())
      .addColumn("last_reviewed_on", "text")
      .addColumn("next_review_due", "text")
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("open_key", "text", (c) => c.unique())
      .execute();
    await db.schema.createIndex("cin_plans_panel").on("cin_plans").columns(["panel_id"]).execute();
    await db.schema
      .createTable("cin_reviews")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("plan_id", "text", (c) => c.notNull())
      .addColumn("due_on", "text", (c) => c.notNull())
      .addColumn("reviewed_on", "text", (c) => c.notNull())
      .addColumn("outcome", "text", (c) => c.notNull())
      .addColumn("reasons", "text", (c) => c.notNull())
      .addColumn("next_review_on", "text")
      .addColumn("exceptional_reason", "text")
      .addColumn("recorded_by_id", "text", (c) => c.notNull())
      .addColumn("recorded_at", "text", (c) => c.notNull())
      .addUniqueConstraint("cin_reviews_plan_due", ["plan_id", "due_on"])
      .execute();
    await db.schema
      .createTable("cin_early_reviews")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("plan_id", "text", (c) => c.notNull())
      .addColumn("panel_id", "text", (c) => c.notNull())
      .addColumn("child_id", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("requested_by_id", "text", (c) => c.notNull())
      .addColumn("requested_at", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("meeting_id", "text")
      .addColumn("open_key", "text", (c) => c.unique())
      .execute();
    await db.schema
      .createIndex("cin_early_reviews_panel")
      .on("cin_early_reviews")
      .columns(["panel_id", "state"])
      .execute();
    await db.schema
      .createTable("cin_consultations")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("plan_id", "text", (c) => c.notNull())
      .addColumn("panel_id", "text", (c) => c.notNull())
      .addColumn("child_id", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("person_id", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addUniqueConstraint("cin_consultations_plan_role", ["plan_id", "role"])
      .execute();
    await db.schema
      .createIndex("cin_consultations_panel")
      .on("cin_consultations")
      .columns(["panel_id"])
      .execute();
    await db.schema
      .createTable("cin_review_consultees")
      .addColumn("panel_id", "text", (c) => c.primaryKey())
      .addColumn("practice_manager_id", "text")
      .addColumn("safeguarding_service_manager_id", "text")
      .execute();
  },
};
