import type { Kysely, Migration } from "kysely";

/**
 * The recent sends to each Teams conversation (a JSON array of epoch ms, at most the limit of the longest
 * window), so that several service instances keep within Teams' per-conversation limits together.
 */
export const sendWindowsMigration: Migration = {
  // Migrations must not depend on the current typed schema, which changes after them.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("send_windows")
      .addColumn("conversation_id", "text", (c) => c.primaryKey())
      .addColumn("sent_at_ms", "text", (c) => c.notNull())
      .execute();
  },
};
