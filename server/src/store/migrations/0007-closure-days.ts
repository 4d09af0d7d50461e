import type { Kysely, Migration } from "kysely";

/**
 * The organisation's closure days (one list for the deployment, keyed by date), and who may set them: a
 * person's `administrator` flag, off for everyone until an operator turns it on.
 */
export const closureDaysMigration: Migration = {
  // Migrations must not depend on the current typed schema, which changes after them.
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("closure_days")
      .addColumn("date", "text", (c) => c.primaryKey())
      .addColumn("reason", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .alterTable("people")
      .addColumn("administrator", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
