import type { Kysely, Selectable } from "kysely";
import type { ReferralVersion, ReferralVersionRepository } from "@convenor/shared";
import type { Database, ReferralVersionRow } from "./database.js";
import { fromJson, toJson } from "./json-column.js";

export class KyselyReferralVersionRepository implements ReferralVersionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(version: ReferralVersion): Promise<void> {
    await this.db
      .insertInto("referral_versions")
      .values({
        referral_id: version.referralId,
        number: version.number,
        form: toJson(version.form),
        question: version.question,
        returned_at: version.returnedAt,
        returned_by_id: version.returnedById,
        answer: version.answer,
        resubmitted_at: version.resubmittedAt,
      })
      .execute();
  }

  async list(referralId: string): Promise<ReferralVersion[]> {
    const rows = await this.db
      .selectFrom("referral_versions")
      .selectAll()
      .where("referral_id", "=", referralId)
      .orderBy("number")
      .execute();
    return rows.map(toVersion);
  }
}

function toVersion(row: Selectable<ReferralVersionRow>): ReferralVersion {
  return {
    referralId: row.referral_id,
    number: row.number,
    form: fromJson<Record<string, unknown>>(row.form),
    question: row.question,
    returnedAt: row.returned_at,
    returnedById: row.returned_by_id,
    answer: row.answer,
    resubmittedAt: row.resubmitted_at,
  };
}
