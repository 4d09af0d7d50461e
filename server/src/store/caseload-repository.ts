import type { Kysely } from "kysely";
import type { CaseloadRepository, TrackedYoungPerson, TrackedYoungPersonView } from "@convenor/shared";
import type { Database } from "./database.js";
import { fromFlag } from "./json-column.js";

export class KyselyCaseloadRepository implements CaseloadRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async upsert(tracked: TrackedYoungPerson): Promise<void> {
    const row = {
      panel_id: tracked.panelId,
      child_id: tracked.childId,
      worker_id: tracked.workerId,
      team: tracked.team,
    };
    await this.db
      .insertInto("tracked_young_people")
      .values(row)
      .onConflict((oc) =>
        oc.columns(["panel_id", "child_id"]).doUpdateSet({ worker_id: row.worker_id, team: row.team }),
      )
      .execute();
  }

  async get(panelId: string, childId: string): Promise<TrackedYoungPersonView | null> {
    const row = await this.joined()
      .where("t.panel_id", "=", panelId)
      .where("t.child_id", "=", childId)
      .executeTakeFirst();
    return row ? toView(row) : null;
  }

  async listForPanel(
    panelId: string,
    options: { workerId?: string } = {},
  ): Promise<TrackedYoungPersonView[]> {
    let query = this.joined().where("t.panel_id", "=", panelId);
    if (options.workerId !== undefined) query = query.where("t.worker_id", "=", options.workerId);
    const rows = await query.orderBy("t.child_id").execute();
    return rows.map(toView);
  }

  async panelsOfWorker(workerId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom("tracked_young_people")
      .select("panel_id")
      .distinct()
      .where("worker_id", "=", workerId)
      .orderBy("panel_id")
      .execute();
    return rows.map((row) => row.panel_id);
  }

  private joined() {
    return this.db
      .selectFrom("tracked_young_people as t")
      .innerJoin("children as c", "c.id", "t.child_id")
      .innerJoin("people as p", "p.id", "t.worker_id")
      .select([
        "t.panel_id",
        "t.child_id",
        "t.worker_id",
        "t.team",
        "c.given_name",
        "c.family_name",
        "c.date_of_birth",
        "c.looked_after",
        "p.display_name",
      ]);
  }
}

function toView(row: {
  panel_id: string;
  child_id: string;
  worker_id: string;
  team: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  looked_after: number;
  display_name: string;
}): TrackedYoungPersonView {
  return {
    panelId: row.panel_id,
    childId: row.child_id,
    workerId: row.worker_id,
    team: row.team,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    lookedAfter: fromFlag(row.looked_after),
    workerName: row.display_name,
  };
}
