import type { Kysely, Selectable } from "kysely";
import type { UnmetNeed, UnmetNeedRepository } from "@convenor/shared";
import type { Database, UnmetNeedRow } from "./database.js";

export class KyselyUnmetNeedRepository implements UnmetNeedRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(need: UnmetNeed): Promise<void> {
    await this.db
      .insertInto("unmet_needs")
      .values({
        id: need.id,
        panel_id: need.panelId,
        meeting_id: need.meetingId,
        agenda_item_id: need.agendaItemId,
        decision_id: need.decisionId,
        resource: need.resource,
        reference: need.reference,
        recorded_on: need.recordedOn,
      })
      .execute();
  }

  async listForPanel(panelId: string): Promise<UnmetNeed[]> {
    const rows = await this.db
      .selectFrom("unmet_needs")
      .selectAll()
      .where("panel_id", "=", panelId)
      .orderBy("recorded_on", "desc")
      .orderBy("id")
      .execute();
    return rows.map(toUnmetNeed);
  }
}

const toUnmetNeed = (row: Selectable<UnmetNeedRow>): UnmetNeed => ({
  id: row.id,
  panelId: row.panel_id,
  meetingId: row.meeting_id,
  agendaItemId: row.agenda_item_id,
  decisionId: row.decision_id,
  resource: row.resource as UnmetNeed["resource"],
  reference: row.reference,
  recordedOn: row.recorded_on,
});
