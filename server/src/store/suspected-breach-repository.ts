import type { Kysely, Selectable } from "kysely";
import type { SuspectedBreach, SuspectedBreachRepository } from "@convenor/shared";
import type { Database, SuspectedBreachRow } from "./database.js";

export class KyselySuspectedBreachRepository implements SuspectedBreachRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(breach: SuspectedBreach): Promise<void> {
    await this.db
      .insertInto("suspected_breaches")
      .values({
        id: breach.id,
        child_id: breach.childId,
        panel_id: breach.panelId,
        what_happened: breach.whatHappened,
        discovered_on: breach.discoveredOn,
        reported_by: breach.reportedBy,
        period_from: breach.periodFrom,
        period_to: breach.periodTo,
        recorded_by_id: breach.recordedById,
        recorded_at: breach.recordedAt,
      })
      .execute();
  }

  async ofChild(childId: string): Promise<SuspectedBreach[]> {
    const rows = await this.db
      .selectFrom("suspected_breaches")
      .selectAll()
      .where("child_id", "=", childId)
      .orderBy("recorded_at", "desc")
      .orderBy("id")
      .execute();
    return rows.map(toBreach);
  }
}

function toBreach(row: Selectable<SuspectedBreachRow>): SuspectedBreach {
  return {
    id: row.id,
    childId: row.child_id,
    panelId: row.panel_id,
    whatHappened: row.what_happened,
    discoveredOn: row.discovered_on,
    reportedBy: row.reported_by,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    recordedById: row.recorded_by_id,
    recordedAt: row.recorded_at,
  };
}
