import type { Kysely, Migration } from "kysely";

/**
 * Indexes for the paged referral lists: the screening queue (panel and state, then urgency, last change and
 * id, so the sort reads the index alone) and a person's own referrals (newest change first). The screening
 * index starts with the columns of `referrals_panel_state`, which it replaces: with both, SQLite's planner
 * picks the narrower one and sorts table rows.
 */
export function referralListIndexesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex("referrals_screening_order")
        .on("referrals")
        .columns(["panel_id", "state", "urgency", "updated_at", "id"])
        .execute();
      await db.schema
        .createIndex("referrals_referrer_recent")
        .on("referrals")
        .columns(["referrer_id", "updated_at", "id"])
        .execute();
      await db.schema.dropIndex("referrals_panel_state").execute();
    },
  };
}
