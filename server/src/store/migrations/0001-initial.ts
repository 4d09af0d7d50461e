import type { CreateTableBuilder, Kysely, Migration } from "kysely";
import type { StoreDialect } from "../store-dialect.js";

/** An insertion-order column: `integer primary key autoincrement` on SQLite, `serial` on PostgreSQL. */
function withSequence<T extends string>(table: CreateTableBuilder<T, never>, dialect: StoreDialect) {
  return dialect === "sqlite"
    ? table.addColumn("seq", "integer", (c) => c.primaryKey().autoIncrement())
    : table.addColumn("seq", "serial", (c) => c.primaryKey());
}

export function initialMigration(dialect: StoreDialect): Migration {
  return {
    // Migrations must not depend on the current typed schema, which changes after them.
    async up(db: Kysely<unknown>) {
      const schema = db.schema;

      await schema
        .createTable("people")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("display_name", "text", (c) => c.notNull())
        .addColumn("email", "text", (c) => c.notNull())
        .addColumn("email_lower", "text", (c) => c.notNull())
        .addColumn("job_title", "text", (c) => c.notNull())
        .addColumn("agency", "text", (c) => c.notNull())
        .addColumn("entra_object_id", "text")
        .addColumn("organisation", "text", (c) => c.notNull())
        .execute();
      await schema.createIndex("people_email_lower").on("people").column("email_lower").execute();
      await schema.createIndex("people_entra_object_id").on("people").column("entra_object_id").execute();

      await schema
        .createTable("panels")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("preset", "text", (c) => c.notNull())
        .addColumn("code", "text", (c) => c.notNull())
        .addColumn("area", "text", (c) => c.notNull())
        .addColumn("settings", "text", (c) => c.notNull())
        .execute();

      await schema
        .createTable("panel_members")
        .addColumn("panel_id", "text", (c) => c.notNull())
        .addColumn("person_id", "text", (c) => c.notNull())
        .addColumn("roles", "text", (c) => c.notNull())
        .addColumn("agency", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("panel_members_pk", ["panel_id", "person_id"])
        .execute();
      await schema.createIndex("panel_members_person").on("panel_members").column("person_id").execute();

      await schema
        .createTable("children")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("given_name", "text", (c) => c.notNull())
        .addColumn("family_name", "text", (c) => c.notNull())
        .addColumn("match_key", "text", (c) => c.notNull())
        .addColumn("date_of_birth", "text", (c) => c.notNull())
        .addColumn("school", "text", (c) => c.notNull())
        .addColumn("locality", "text", (c) => c.notNull())
        .addColumn("looked_after", "integer", (c) => c.notNull())
        .execute();
      await schema
        .createIndex("children_match")
        .on("children")
        .columns(["match_key", "date_of_birth"])
        .execute();

      await schema
        .createTable("referrals")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("panel_id", "text", (c) => c.notNull())
        .addColumn("reference", "text")
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("child_id", "text", (c) => c.notNull())
        .addColumn("referrer_id", "text", (c) => c.notNull())
        .addColumn("urgency", "text", (c) => c.notNull())
        .addColumn("form", "text", (c) => c.notNull())
        .addColumn("meeting_id", "text")
        .addColumn("retrospective", "integer", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("history", "text", (c) => c.notNull())
        .addUniqueConstraint("referrals_panel_reference", ["panel_id", "reference"])
        .execute();
      await schema
        .createIndex("referrals_panel_state")
        .on("referrals")
        .columns(["panel_id", "state"])
        .execute();
      await schema.createIndex("referrals_referrer").on("referrals").column("referrer_id").execute();
      await schema.createIndex("referrals_child").on("referrals").column("child_id").execute();

      await schema
        .createTable("reference_counters")
        .addColumn("panel_id", "text", (c) => c.notNull())
        .addColumn("year", "integer", (c) => c.notNull())
        .addColumn("n", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("reference_counters_pk", ["panel_id", "year"])
        .execute();

      await schema
        .createTable("meetings")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("panel_id", "text", (c) => c.notNull())
        .addColumn("starts_at", "text", (c) => c.notNull())
        .addColumn("ends_at", "text", (c) => c.notNull())
        .addColumn("state", "text", (c) => c.notNull())
        .addColumn("calendar_event_id", "text")
        .addColumn("join_url", "text")
        .execute();
      await schema
        .createIndex("meetings_panel_start")
        .on("meetings")
        .columns(["panel_id", "starts_at"])
        .execute();

      await schema
        .createTable("agenda_items")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("meeting_id", "text", (c) => c.notNull())
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("referral_id", "text")
        .addColumn("child_id", "text")
        .addColumn("slot_minutes", "integer")
        .addColumn("presenter_id", "text")
        .addColumn("invited_person_ids", "text", (c) => c.notNull())
        .execute();
      await schema.createIndex("agenda_items_meeting").on("agenda_items").column("meeting_id").execute();

      await schema
        .createTable("monthly_ratings")
        .addColumn("panel_id", "text", (c) => c.notNull())
        .addColumn("child_id", "text", (c) => c.notNull())
        .addColumn("month", "text", (c) => c.notNull())
        .addColumn("rated_by_id", "text", (c) => c.notNull())
        .addColumn("areas", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("monthly_ratings_pk", ["panel_id", "child_id", "month"])
        .execute();

      await withSequence(schema.createTable("audit_log"), dialect)
        .addColumn("id", "text", (c) => c.notNull().unique())
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("actor_id", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("subject_type", "text", (c) => c.notNull())
        .addColumn("subject_id", "text", (c) => c.notNull())
        .addColumn("child_id", "text")
        .addColumn("channel", "text", (c) => c.notNull())
        .addColumn("origin", "text")
        .addColumn("correlation_id", "text")
        .execute();
      await schema.createIndex("audit_log_subject").on("audit_log").column("subject_id").execute();
      await schema.createIndex("audit_log_child").on("audit_log").column("child_id").execute();
      await schema.createIndex("audit_log_actor").on("audit_log").column("actor_id").execute();

      await withSequence(schema.createTable("outbox"), dialect)
        .addColumn("id", "text", (c) => c.notNull().unique())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("recipient", "text", (c) => c.notNull())
        .addColumn("payload", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull())
        .addColumn("not_before", "text", (c) => c.notNull())
        .addColumn("delivered_at", "text")
        .addColumn("last_error", "text")
        .execute();
      await schema.createIndex("outbox_due").on("outbox").columns(["delivered_at", "not_before"]).execute();

      await schema
        .createTable("idempotency_keys")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("scope", "text", (c) => c.notNull())
        .addColumn("result", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();

      await schema
        .createTable("conversation_references")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("reference", "text", (c) => c.notNull())
        .execute();

      await schema
        .createTable("vote_questions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("agenda_item_id", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("state", "text", (c) => c.notNull())
        .execute();
      await schema.createIndex("vote_questions_item").on("vote_questions").column("agenda_item_id").execute();

      await schema
        .createTable("votes")
        .addColumn("question_id", "text", (c) => c.notNull())
        .addColumn("voter_id", "text", (c) => c.notNull())
        .addColumn("choice", "text", (c) => c.notNull())
        .addColumn("reason", "text")
        .addColumn("cast_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("votes_pk", ["question_id", "voter_id"])
        .execute();

      await schema
        .createTable("decisions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("agenda_item_id", "text", (c) => c.notNull())
        .addColumn("referral_id", "text")
        .addColumn("outcome", "text", (c) => c.notNull())
        .addColumn("reasons", "text", (c) => c.notNull())
        .addColumn("decided_at", "text", (c) => c.notNull())
        .addColumn("decided_by_ids", "text", (c) => c.notNull())
        .addColumn("review_date", "text")
        .execute();
      await schema.createIndex("decisions_item").on("decisions").column("agenda_item_id").execute();
      await schema.createIndex("decisions_referral").on("decisions").column("referral_id").execute();

      await schema
        .createTable("actions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("meeting_id", "text", (c) => c.notNull())
        .addColumn("agenda_item_id", "text")
        .addColumn("owner_id", "text", (c) => c.notNull())
        .addColumn("description", "text", (c) => c.notNull())
        .addColumn("due_on", "text", (c) => c.notNull())
        .addColumn("done", "integer", (c) => c.notNull())
        .execute();
      await schema.createIndex("actions_meeting").on("actions").column("meeting_id").execute();
      await schema.createIndex("actions_owner").on("actions").column("owner_id").execute();

      await schema
        .createTable("minutes")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("meeting_id", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("attendance", "text", (c) => c.notNull())
        .addColumn("apologies", "text", (c) => c.notNull())
        .addColumn("general_business", "text", (c) => c.notNull())
        .addColumn("trends_and_unmet_need", "text", (c) => c.notNull())
        .addColumn("decisions", "text", (c) => c.notNull())
        .addColumn("filed_url", "text")
        .addUniqueConstraint("minutes_meeting_version", ["meeting_id", "version"])
        .execute();
    },
  };
}
