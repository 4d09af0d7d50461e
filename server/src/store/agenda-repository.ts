import type { Kysely, Selectable } from "kysely";
import type { AgendaItem, AgendaItemSource, AgendaRepository } from "@convenor/shared";
import type { AgendaItemRow, Database } from "./database.js";
import { fromJson, toJson } from "./json-column.js";

export class KyselyAgendaRepository implements AgendaRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(id: string): Promise<AgendaItem | null> {
    const row = await this.db.selectFrom("agenda_items").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toAgendaItem(row) : null;
  }

  /** In agenda order. */
  async listForMeeting(meetingId: string): Promise<AgendaItem[]> {
    const rows = await this.db
      .selectFrom("agenda_items")
      .selectAll()
      .where("meeting_id", "=", meetingId)
      .orderBy("position")
      .orderBy("id")
      .execute();
    return rows.map(toAgendaItem);
  }

  async listForChild(childId: string): Promise<AgendaItem[]> {
    const rows = await this.db
      .selectFrom("agenda_items")
      .selectAll()
      .where("child_id", "=", childId)
      .orderBy("id")
      .execute();
    return rows.map(toAgendaItem);
  }

  async insert(item: AgendaItem): Promise<void> {
    await this.db.insertInto("agenda_items").values(toRow(item)).execute();
  }

  async update(item: AgendaItem): Promise<void> {
    const { id, ...changes } = toRow(item);
    const result = await this.db
      .updateTable("agenda_items")
      .set(changes)
      .where("id", "=", id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new Error(`No agenda item ${id} to update`);
  }
}

function toRow(item: AgendaItem): AgendaItemRow {
  return {
    id: item.id,
    meeting_id: item.meetingId,
    position: item.position,
    source: item.source,
    title: item.title,
    referral_id: item.referralId,
    child_id: item.childId,
    slot_minutes: item.slotMinutes,
    presenter_id: item.presenterId,
    invited_person_ids: toJson(item.invitedPersonIds),
  };
}

function toAgendaItem(row: Selectable<AgendaItemRow>): AgendaItem {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    position: row.position,
    source: row.source as AgendaItemSource,
    title: row.title,
    referralId: row.referral_id,
    childId: row.child_id,
    slotMinutes: row.slot_minutes,
    presenterId: row.presenter_id,
    invitedPersonIds: fromJson<string[]>(row.invited_person_ids),
  };
}
