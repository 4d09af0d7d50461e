import type { Kysely, Selectable } from "kysely";
import type { Meeting, MeetingRepository } from "@convenor/shared";
import type { Database, MeetingRow } from "./database.js";
import { ReusableQuery } from "./reusable-query.js";
import type { StoreDialect } from "./store-dialect.js";

export const upcomingMeetings = new ReusableQuery((db, input: { panelId: string; afterIso: string }) =>
  db
    .selectFrom("meetings")
    .selectAll()
    .where("panel_id", "=", input.panelId)
    .where("state", "=", "planned")
    .where("starts_at", ">", input.afterIso)
    .orderBy("starts_at")
    .orderBy("id"),
);

export class KyselyMeetingRepository implements MeetingRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  async get(id: string): Promise<Meeting | null> {
    const row = await this.db.selectFrom("meetings").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toMeeting(row) : null;
  }

  async listByPanel(panelId: string): Promise<Meeting[]> {
    const rows = await this.db
      .selectFrom("meetings")
      .selectAll()
      .where("panel_id", "=", panelId)
      .orderBy("starts_at")
      .orderBy("id")
      .execute();
    return rows.map(toMeeting);
  }

  async upcoming(panelId: string, afterIso: string): Promise<Meeting[]> {
    const { rows } = await upcomingMeetings.execute(this.db, this.dialect, { panelId, afterIso });
    return rows.map(toMeeting);
  }

  async plannedEndedBefore(beforeIso: string): Promise<Meeting[]> {
    const rows = await this.db
      .selectFrom("meetings")
      .selectAll()
      .where("state", "=", "planned")
      .where("ends_at", "<", beforeIso)
      .orderBy("ends_at")
      .orderBy("id")
      .execute();
    return rows.map(toMeeting);
  }

  async markHeld(id: string): Promise<boolean> {
    const result = await this.db
      .updateTable("meetings")
      .set({ state: "held" })
      .where("id", "=", id)
      .where("state", "=", "planned")
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  async insert(meeting: Meeting): Promise<void> {
    await this.db.insertInto("meetings").values(toRow(meeting)).execute();
  }

  async update(meeting: Meeting): Promise<void> {
    const { id, ...changes } = toRow(meeting);
    const result = await this.db.updateTable("meetings").set(changes).where("id", "=", id).executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new Error(`No meeting ${id} to update`);
  }
}

function toRow(meeting: Meeting): MeetingRow {
  return {
    id: meeting.id,
    panel_id: meeting.panelId,
    starts_at: meeting.startsAt,
    ends_at: meeting.endsAt,
    state: meeting.state,
    calendar_event_id: meeting.calendarEventId,
    join_url: meeting.joinUrl,
    organiser: meeting.organiser ?? null,
    event_by: meeting.eventBy ?? null,
  };
}

function toMeeting(row: Selectable<MeetingRow>): Meeting {
  return {
    id: row.id,
    panelId: row.panel_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    state: row.state as Meeting["state"],
    calendarEventId: row.calendar_event_id,
    joinUrl: row.join_url,
    organiser: row.organiser,
    eventBy: row.event_by as Meeting["eventBy"],
  };
}
