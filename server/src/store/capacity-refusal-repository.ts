import type { Kysely, Selectable } from "kysely";
import type { CapacityRefusal, CapacityRefusalRepository } from "@convenor/shared";
import type { CapacityRefusalRow, Database } from "./database.js";

export class KyselyCapacityRefusalRepository implements CapacityRefusalRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(refusal: CapacityRefusal): Promise<void> {
    await this.db
      .insertInto("capacity_refusals")
      .values({
        id: refusal.id,
        panel_id: refusal.panelId,
        organisation: refusal.organisation,
        service: refusal.service,
        reason: refusal.reason,
        waiting_weeks: refusal.waitingWeeks,
        refused_on: refusal.refusedOn,
        locality: refusal.locality,
        recorded_by_id: refusal.recordedById,
        recorded_at: refusal.recordedAt,
      })
      .execute();
  }

  async get(id: string): Promise<CapacityRefusal | null> {
    const row = await this.db
      .selectFrom("capacity_refusals")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? toCapacityRefusal(row) : null;
  }

  async listRecentForPanel(panelId: string, limit: number): Promise<CapacityRefusal[]> {
    const rows = await this.db
      .selectFrom("capacity_refusals")
      .selectAll()
      .where("panel_id", "=", panelId)
      .orderBy("refused_on", "desc")
      .orderBy("recorded_at", "desc")
      .orderBy("id")
      .limit(limit)
      .execute();
    return rows.map(toCapacityRefusal);
  }
}

const toCapacityRefusal = (row: Selectable<CapacityRefusalRow>): CapacityRefusal => ({
  id: row.id,
  panelId: row.panel_id,
  organisation: row.organisation,
  service: row.service,
  reason: row.reason as CapacityRefusal["reason"],
  waitingWeeks: row.waiting_weeks === null ? null : Number(row.waiting_weeks),
  refusedOn: row.refused_on,
  locality: row.locality,
  recordedById: row.recorded_by_id,
  recordedAt: row.recorded_at,
});
