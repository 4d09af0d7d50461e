import type { Migration, MigrationProvider } from "kysely";
import type { StoreDialect } from "../store-dialect.js";
import { initialMigration } from "./0001-initial.js";
import { uniqueChildMigration } from "./0002-unique-child.js";
import { referralVersionsMigration } from "./0003-referral-versions.js";
import { referralListIndexesMigration } from "./0004-referral-list-indexes.js";
import { dropRedundantReferrerIndexMigration } from "./0005-drop-redundant-referrer-index.js";
import { rekeyChildrenMigration } from "./0006-rekey-children.js";
import { closureDaysMigration } from "./0007-closure-days.js";
import { agendasAndPapersMigration } from "./0008-agendas-and-papers.js";
import { meetingSchedulingMigration } from "./0009-meeting-scheduling.js";
import { fewerBtreesPerReferralMigration } from "./0010-fewer-btrees-per-referral.js";
import { sendWindowsMigration } from "./0012-send-windows.js";
import { meetingVotesMigration } from "./0011-meeting-votes.js";
import { monthlyTrackerMigration } from "./0013-monthly-tracker.js";
import { cinReviewsMigration } from "./0016-cin-reviews.js";
import { decisionsAndActionsMigration } from "./0014-decisions-and-actions.js";
import { minutesMigration } from "./0015-minutes.js";
import { dataProtectionMigration } from "./0017-data-protection.js";
import { reportSettingsMigration } from "./0019-report-settings.js";
import { retentionMigration } from "./0018-retention.js";
import { capacityRefusalsMigration } from "./0020-capacity-refusals.js";
import { fewerBtreesPerFilingMigration } from "./0021-fewer-btrees-per-filing.js";

/** Every migration, in order. Names sort lexically: never rename or edit one that has shipped. */
export function migrationsFor(dialect: StoreDialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    "0001-initial": initialMigration(dialect),
    "0002-unique-child": uniqueChildMigration(),
    "0003-referral-versions": referralVersionsMigration,
    "0004-referral-list-indexes": referralListIndexesMigration(),
    "0005-drop-redundant-referrer-index": dropRedundantReferrerIndexMigration(),
    "0006-rekey-children": rekeyChildrenMigration(),
    "0007-closure-days": closureDaysMigration,
    "0008-agendas-and-papers": agendasAndPapersMigration,
    "0009-meeting-scheduling": meetingSchedulingMigration(),
    "0010-fewer-btrees-per-referral": fewerBtreesPerReferralMigration(dialect),
    "0012-send-windows": sendWindowsMigration,
    "0011-meeting-votes": meetingVotesMigration,
    "0013-monthly-tracker": monthlyTrackerMigration,
    "0014-decisions-and-actions": decisionsAndActionsMigration,
    "0016-cin-reviews": cinReviewsMigration,
    "0015-minutes": minutesMigration,
    "0017-data-protection": dataProtectionMigration,
    "0018-retention": retentionMigration,
    "0019-report-settings": reportSettingsMigration,
    "0020-capacity-refusals": capacityRefusalsMigration,
    "0021-fewer-btrees-per-filing": fewerBtreesPerFilingMigration(dialect),
  };
  return { getMigrations: () => Promise.resolve(migrations) };
}
