import type { Kysely, Selectable } from "kysely";
import type { FamilySharing, FamilySharingRepository } from "@convenor/shared";
import type { Database, FamilySharingRow } from "./database.js";

export class KyselyFamilySharingRepository implements FamilySharingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(sharing: FamilySharing): Promise<void> {
    await this.db
      .insertInto("family_sharing")
      .values({
        decision_id: sharing.decisionId,
        child_id: sharing.childId,
        shared_on: sharing.sharedOn,
        method: sharing.method,
        note: sharing.note,
        shared_as: sharing.sharedAs,
        recorded_by_id: sharing.recordedById,
        recorded_at: sharing.recordedAt,
      })
      .execute();
  }

  async ofDecisions(decisionIds: readonly string[]): Promise<FamilySharing[]> {
    if (decisionIds.length === 0) return [];
    const rows = await this.db
      .selectFrom("family_sharing")
      .selectAll()
      .where("decision_id", "in", [...decisionIds])
      .orderBy("decision_id")
      .execute();
    return rows.map(toSharing);
  }
}

const toSharing = (row: Selectable<FamilySharingRow>): FamilySharing => ({
  decisionId: row.decision_id,
  childId: row.child_id,
  sharedOn: row.shared_on,
  method: row.method as FamilySharing["method"],
  note: row.note,
  sharedAs: row.shared_as as FamilySharing["sharedAs"],
  recordedById: row.recorded_by_id,
  recordedAt: row.recorded_at,
});
