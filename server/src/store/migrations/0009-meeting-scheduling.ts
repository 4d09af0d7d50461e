import type { Kysely, Migration } from "kysely";

/**
 * Scheduling meetings through calendars: the mailbox that organises a meeting's event (so a moved or cancelled
 * event can be read back) and who makes the event (so a pending one Convenor makes can be finished later), and a detail for audit entries that need more than their action's name (settings
 * before and after, a chair's reason for a slot that breaks a deadline or the quorum).
 */
export function meetingSchedulingMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("meetings").addColumn("organiser", "text").execute();
      await db.schema.alterTable("meetings").addColumn("event_by", "text").execute();
      await db.schema.alterTable("audit_log").addColumn("detail", "text").execute();
    },
  };
}
