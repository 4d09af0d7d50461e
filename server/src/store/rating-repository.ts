import type { Kysely, Selectable } from "kysely";
import type { MonthlyRating, Rag, RagArea, RatingRepository } from "@convenor/shared";
import type { Database, MonthlyRatingRow } from "./database.js";
import { fromJson, toJson } from "./json-column.js";

export class KyselyRatingRepository implements RatingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async upsert(rating: MonthlyRating): Promise<void> {
    const row = toRow(rating);
    await this.db
      .insertInto("monthly_ratings")
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(["panel_id", "child_id", "month"])
          .doUpdateSet({ rated_by_id: row.rated_by_id, areas: row.areas }),
      )
      .execute();
  }

  /** Month by month, oldest first. */
  async listForPanel(panelId: string): Promise<MonthlyRating[]> {
    const rows = await this.db
      .selectFrom("monthly_ratings")
      .selectAll()
      .where("panel_id", "=", panelId)
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
      .orderBy("month")
      .execute();
    return rows.map(toRating);
  }
}

function toRow(rating: MonthlyRating): MonthlyRatingRow {
  return {
    panel_id: rating.panelId,
    child_id: rating.childId,
    month: rating.month,
    rated_by_id: rating.ratedById,
    areas: toJson(rating.areas),
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
