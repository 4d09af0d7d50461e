import type { Kysely } from "kysely";
import type { AgendaRecord, AgendaRecordRepository } from "@convenor/shared";
import type { Database } from "./database.js";

export class KyselyAgendaRecordRepository implements AgendaRecordRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(meetingId: string): Promise<AgendaRecord | null> {
    const row = await this.db
      .selectFrom("agenda_records")
      .selectAll()
      .where("meeting_id", "=", meetingId)
      .executeTakeFirst();
    if (!row) return null;
    return {
      meetingId: row.meeting_id,
      version: row.version,
      publishedAt: row.published_at,
      publishedFingerprint: row.published_fingerprint,
    };
  }

  /**
   * A compare-and-set on the version. On PostgreSQL (read committed) a second writer's update waits for the
   * first to commit, then re-reads the row, finds the version moved and updates nothing.
   */
  async advance(meetingId: string, expectedVersion: number): Promise<boolean> {
    if (expectedVersion === 0) {
      const inserted = await this.db
        .insertInto("agenda_records")
        .values({ meeting_id: meetingId, version: 1, published_at: null, published_fingerprint: null })
        .onConflict((oc) => oc.column("meeting_id").doNothing())
        .executeTakeFirst();
      if ((inserted.numInsertedOrUpdatedRows ?? 0n) > 0n) return true;
    }
    const updated = await this.db
      .updateTable("agenda_records")
      .set({ version: expectedVersion + 1 })
      .where("meeting_id", "=", meetingId)
      .where("version", "=", expectedVersion)
      .executeTakeFirst();
    return updated.numUpdatedRows > 0n;
  }

  async markPublished(meetingId: string, publishedAt: string, fingerprint: string): Promise<void> {
    await this.db
      .insertInto("agenda_records")
      .values({
        meeting_id: meetingId,
        version: 0,
        published_at: publishedAt,
        published_fingerprint: fingerprint,
      })
      .onConflict((oc) =>
        oc
          .column("meeting_id")
          .doUpdateSet({ published_at: publishedAt, published_fingerprint: fingerprint }),
      )
      .execute();
  }
}
