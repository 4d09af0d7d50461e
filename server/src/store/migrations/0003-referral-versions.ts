import type { Kysely, Migration } from "kysely";

/** Earlier versions of referrals: the form as returned, the chair's question and the referrer's answer. */
export const referralVersionsMigration: Migration = {
  // Migrations must not depend on the current typed schema, which changes after them.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("referral_versions")
      .addColumn("referral_id", "text", (c) => c.notNull())
      .addColumn("number", "integer", (c) => c.notNull())
      .addColumn("form", "text", (c) => c.notNull())
      .addColumn("question", "text", (c) => c.notNull())
      .addColumn("returned_at", "text", (c) => c.notNull())
      .addColumn("returned_by_id", "text", (c) => c.notNull())
      .addColumn("answer", "text", (c) => c.notNull())
      .addColumn("resubmitted_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("referral_versions_pk", ["referral_id", "number"])
      .execute();
  },
};
