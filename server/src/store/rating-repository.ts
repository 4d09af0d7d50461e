import type { Kysely, Selectable } from "kysely";
import type { MonthlyRating, Rag, RagArea, RatingRepository, TrackerEntry } from "@convenor/shared";
import type { Database, MonthlyRatingRow } from "./database.js";
import { fromFlag, fromJson, toFlag, toJson } from "./json-column.js";

export class KyselyRatingRepository implements RatingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async upsert(rating: MonthlyRating): Promise<void> {
    await this.upsertEntry({ ...rating, complete: true, submittedAt: null });
  }

  /** Month by month, oldest first. */
  async listForPanel(panelId: string): Promise<MonthlyRating[]> {
    const rows = await this.db
      .selectFrom("monthly_ratings")
      .selectAll()
      .where("panel_id", "=", panelId)
      .where("complete", "=", 1)
      .orderBy("month")
      .orderBy("child_id")
      .execute();
    return rows.map(toRating);
  }

  async listForChild(panelId: string, childId: string): Promise<MonthlyRating[]> {
    const rows = await this.db
      .selectFrom("monthly_ratings")
      .selectAll()
      .where("panel_id", "=", panelId)
      .where("child_id", "=", childId)
      .where("complete", "=", 1)
      .orderBy("month")
      .execute();
    return rows.map(toRating);
  }

  async upsertEntry(entry: TrackerEntry): Promise<void> {
    const row = toRow(entry);
    await this.db
      .insertInto("monthly_ratings")
      .values(row)
      .onConflict((oc) =>
        oc.columns(["panel_id", "child_id", "month"]).doUpdateSet({
          rated_by_id: row.rated_by_id,
          areas: row.areas,
          complete: row.complete,
          submitted_at: row.submitted_at,
        }),
      )
      .execute();
  }

  async entry(panelId: string, childId: string, month: string): Promise<TrackerEntry | null> {
    const row = await this.db
      .selectFrom("monthly_ratings")
      .selectAll()
      .where("panel_id", "=", panelId)
      .where("child_id", "=", childId)
      .where("month", "=", month)
      .executeTakeFirst();
    return row ? toEntry(row) : null;
  }

  async entriesBetween(
    panelId: string,
    fromMonth: string,
    toMonth: string,
    options: { workerId?: string } = {},
  ): Promise<TrackerEntry[]> {
    let query = this.db
      .selectFrom("monthly_ratings as r")
      .selectAll("r")
      .where("r.panel_id", "=", panelId)
      .where("r.month", ">=", fromMonth)
      .where("r.month", "<=", toMonth);
    if (options.workerId !== undefined) {
      const workerId = options.workerId;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom("tracked_young_people as t")
            .select("t.child_id")
            .whereRef("t.panel_id", "=", "r.panel_id")
            .whereRef("t.child_id", "=", "r.child_id")
            .where("t.worker_id", "=", workerId),
        ),
      );
    }
    const rows = await query.orderBy("r.month").orderBy("r.child_id").execute();
    return rows.map(toEntry);
  }
}

function toRow(entry: TrackerEntry): MonthlyRatingRow {
  return {
    panel_id: entry.panelId,
    child_id: entry.childId,
    month: entry.month,
    rated_by_id: entry.ratedById,
    areas: toJson(entry.areas),
    complete: toFlag(entry.complete),
    submitted_at: entry.submittedAt,
  };
}

function toEntry(row: Selectable<MonthlyRatingRow>): TrackerEntry {
  return {
    panelId: row.panel_id,
    childId: row.child_id,
    month: row.month,
    ratedById: row.rated_by_id,
    areas: fromJson<Partial<Record<RagArea, Rag>>>(row.areas),
    complete: fromFlag(row.complete),
    submittedAt: row.submitted_at,
  };
}

function toRating(row: Selectable<MonthlyRatingRow>): MonthlyRating {
  return {
    panelId: row.panel_id,
    childId: row.child_id,
    month: row.month,
    ratedById: row.rated_by_id,
    areas: fromJson<Record<RagArea, Rag>>(row.areas),
  };
}
