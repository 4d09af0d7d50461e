import type { Kysely } from "kysely";
import type { Attendance, MeetingRoom, MeetingRoomRepository } from "@convenor/shared";
import type { Database } from "./database.js";

export class KyselyMeetingRoomRepository implements MeetingRoomRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(meetingId: string): Promise<MeetingRoom | null> {
    const row = await this.db
      .selectFrom("meeting_rooms")
      .selectAll()
      .where("meeting_id", "=", meetingId)
      .executeTakeFirst();
    return row
      ? { meetingId: row.meeting_id, startedAt: row.started_at, startedById: row.started_by_id }
      : null;
  }

  async start(room: MeetingRoom): Promise<boolean> {
    const inserted = await this.db
      .insertInto("meeting_rooms")
      .values({ meeting_id: room.meetingId, started_at: room.startedAt, started_by_id: room.startedById })
      .onConflict((oc) => oc.column("meeting_id").doNothing())
      .executeTakeFirst();
    return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n;
  }

  async markAttendance(attendance: Attendance): Promise<void> {
    const values = {
      status: attendance.status,
      marked_by_id: attendance.markedById,
      marked_at: attendance.markedAt,
    };
    await this.db
      .insertInto("attendance")
      .values({ meeting_id: attendance.meetingId, person_id: attendance.personId, ...values })
      .onConflict((oc) => oc.columns(["meeting_id", "person_id"]).doUpdateSet(values))
      .execute();
  }

  async attendance(meetingId: string): Promise<Attendance[]> {
    const rows = await this.db
      .selectFrom("attendance")
      .selectAll()
      .where("meeting_id", "=", meetingId)
      .orderBy("person_id")
      .execute();
    return rows.map((row) => ({
      meetingId: row.meeting_id,
      personId: row.person_id,
      status: row.status as Attendance["status"],
      markedById: row.marked_by_id,
      markedAt: row.marked_at,
    }));
  }
}
