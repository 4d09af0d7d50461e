import type { Kysely, Selectable } from "kysely";
import type { ActionItem, ActionRepository } from "@convenor/shared";
import type { ActionRow, Database } from "./database.js";
import { fromFlag, toFlag } from "./json-column.js";

export class KyselyActionRepository implements ActionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(action: ActionItem): Promise<void> {
    await this.db
      .insertInto("actions")
      .values({
        id: action.id,
        meeting_id: action.meetingId,
        panel_id: action.panelId,
        agenda_item_id: action.agendaItemId,
        owner_id: action.ownerId,
        description: action.description,
        due_on: action.dueOn,
        done: toFlag(action.done),
        created_by_id: action.createdById,
        created_at: action.createdAt,
        completed_at: action.completedAt,
        completed_by_id: action.completedById,
      })
      .execute();
  }

  async get(id: string): Promise<ActionItem | null> {
    const row = await this.db.selectFrom("actions").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toAction(row) : null;
  }

  async complete(id: string, completedById: string, at: string): Promise<boolean> {
    const updated = await this.db
      .updateTable("actions")
      .set({ done: 1, completed_at: at, completed_by_id: completedById })
      .where("id", "=", id)
      .where("done", "=", 0)
      .executeTakeFirst();
    return updated.numUpdatedRows > 0n;
  }

  async listForMeeting(meetingId: string): Promise<ActionItem[]> {
    const rows = await this.db
      .selectFrom("actions")
      .selectAll()
      .where("meeting_id", "=", meetingId)
      .orderBy("due_on")
      .orderBy("id")
      .execute();
    return rows.map(toAction);
  }

  async listForItems(agendaItemIds: readonly string[]): Promise<ActionItem[]> {
    if (agendaItemIds.length === 0) return [];
    const rows = await this.db
      .selectFrom("actions")
      .selectAll()
      .where("agenda_item_id", "in", [...agendaItemIds])
      .orderBy("due_on")
      .orderBy("id")
      .execute();
    return rows.map(toAction);
  }

  async openForPanel(panelId: string): Promise<ActionItem[]> {
    const rows = await this.db
      .selectFrom("actions")
      .selectAll()
      .where("panel_id", "=", panelId)
      .where("done", "=", 0)
      .orderBy("due_on")
      .orderBy("id")
      .execute();
    return rows.map(toAction);
  }
}

const toAction = (row: Selectable<ActionRow>): ActionItem => ({
  id: row.id,
  meetingId: row.meeting_id,
  panelId: row.panel_id,
  agendaItemId: row.agenda_item_id,
  ownerId: row.owner_id,
  description: row.description,
  dueOn: row.due_on,
  done: fromFlag(row.done),
  createdById: row.created_by_id,
  createdAt: row.created_at,
  completedAt: row.completed_at,
  completedById: row.completed_by_id,
});
