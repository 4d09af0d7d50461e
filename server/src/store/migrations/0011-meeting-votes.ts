import type { Kysely, Migration } from "kysely";

/**
 * The meeting in its chat: who started it, attendance, rating rounds and decision votes with their votes,
 * decisions and agreed ratings, and coalesced card updates. `vote_questions`, `votes` and `decisions` were
 * made by 0001 but never written: they are made again in the shape the use cases need.
 */
export const meetingVotesMigration: Migration = {
  // Migrations must not depend on the current typed schema, which changes after them.
  async up(db: Kysely<unknown>) {
    for (const table of ["votes", "vote_questions", "decisions"]) {
      await db.schema.dropTable(table).execute();
    }

    await db.schema
      .createTable("meeting_rooms")
      .addColumn("meeting_id", "text", (c) => c.primaryKey())
      .addColumn("started_at", "text", (c) => c.notNull())
      .addColumn("started_by_id", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("attendance")
      .addColumn("meeting_id", "text", (c) => c.notNull())
      .addColumn("person_id", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("marked_by_id", "text", (c) => c.notNull())
      .addColumn("marked_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("attendance_pk", ["meeting_id", "person_id"])
      .execute();

    await db.schema
      .createTable("vote_questions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("meeting_id", "text", (c) => c.notNull())
      .addColumn("agenda_item_id", "text", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("areas", "text", (c) => c.notNull())
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("opened_by_id", "text", (c) => c.notNull())
      .addColumn("opened_at", "text", (c) => c.notNull())
      .addColumn("closed_at", "text")
      .execute();
    await db.schema.createIndex("vote_questions_meeting").on("vote_questions").column("meeting_id").execute();

    await db.schema
      .createTable("votes")
      .addColumn("question_id", "text", (c) => c.notNull())
      .addColumn("voter_id", "text", (c) => c.notNull())
      .addColumn("choice", "text", (c) => c.notNull())
      .addColumn("reason", "text")
      .addColumn("cast_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("votes_pk", ["question_id", "voter_id"])
      .execute();

    await db.schema
      .createTable("decisions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("question_id", "text", (c) => c.unique())
      .addColumn("meeting_id", "text", (c) => c.notNull())
      .addColumn("agenda_item_id", "text", (c) => c.notNull())
      .addColumn("referral_id", "text")
      .addColumn("outcome", "text", (c) => c.notNull())
      .addColumn("reasons", "text", (c) => c.notNull())
      .addColumn("decided_at", "text", (c) => c.notNull())
      .addColumn("decided_by_ids", "text", (c) => c.notNull())
      .addColumn("review_date", "text")
      .addColumn("votes", "text", (c) => c.notNull())
      .addColumn("dissent", "text", (c) => c.notNull())
      .addColumn("casting_outcome", "integer", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("decisions_item").on("decisions").column("agenda_item_id").execute();
    await db.schema.createIndex("decisions_referral").on("decisions").column("referral_id").execute();

    await db.schema
      .createTable("agreed_ratings")
      .addColumn("question_id", "text", (c) => c.primaryKey())
      .addColumn("meeting_id", "text", (c) => c.notNull())
      .addColumn("agenda_item_id", "text", (c) => c.notNull())
      .addColumn("panel_id", "text", (c) => c.notNull())
      .addColumn("child_id", "text", (c) => c.notNull())
      .addColumn("ratings", "text", (c) => c.notNull())
      .addColumn("reasons", "text", (c) => c.notNull())
      .addColumn("agreed_by_id", "text", (c) => c.notNull())
      .addColumn("agreed_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("agreed_ratings_child")
      .on("agreed_ratings")
      .columns(["panel_id", "child_id", "agreed_at"])
      .execute();

    await db.schema
      .createTable("card_refreshes")
      .addColumn("card_key", "text", (c) => c.primaryKey())
      .addColumn("wanted", "integer", (c) => c.notNull())
      .addColumn("rendered", "integer", (c) => c.notNull())
      .addColumn("queued", "integer", (c) => c.notNull())
      .execute();
  },
};
