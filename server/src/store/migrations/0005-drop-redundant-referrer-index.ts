import type { Kysely, Migration } from "kysely";

/**
 * `referrals_referrer` (referrer_id) is a prefix of `referrals_referrer_recent` (referrer_id, updated_at, id),
 * which serves every query it served: keeping both only costs a page write on every referral written.
 */
export function dropRedundantReferrerIndexMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.dropIndex("referrals_referrer").execute();
    },
  };
}
