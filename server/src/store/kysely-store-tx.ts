import type { Kysely } from "kysely";
import type { StoreTx } from "@convenor/shared";
import { KyselyActionRepository } from "./action-repository.js";
import { KyselyAgendaRecordRepository } from "./agenda-record-repository.js";
import { KyselyAgendaRepository } from "./agenda-repository.js";
import { KyselyAuditLog } from "./audit-log.js";
import { KyselyCardRefreshes } from "./card-refreshes.js";
import { KyselyCaseloadRepository } from "./caseload-repository.js";
import { KyselyChildRepository } from "./child-repository.js";
import { KyselyCinReviewRepository } from "./cin-review-repository.js";
import { KyselyClosureDayRepository } from "./closure-day-repository.js";
import { KyselyConversationReferences } from "./conversation-references.js";
import type { Database } from "./database.js";
import { KyselyFamilySharingRepository } from "./family-sharing-repository.js";
import { KyselyIdempotencyKeys } from "./idempotency-keys.js";
import { KyselyMeetingRepository } from "./meeting-repository.js";
import { KyselyMeetingRoomRepository } from "./meeting-room-repository.js";
import { KyselyCaseObservationRepository, KyselyMinuteRepository } from "./minute-repository.js";
import { KyselySuspectedBreachRepository } from "./suspected-breach-repository.js";
import { KyselyOutbox } from "./outbox.js";
import { KyselyPanelLibraryRepository } from "./panel-library-repository.js";
import { KyselyPanelRepository } from "./panel-repository.js";
import { KyselyPaperRepository } from "./paper-repository.js";
import { KyselyPeopleRepository } from "./people-repository.js";
import { KyselyRatingRepository } from "./rating-repository.js";
import { KyselyReferralRepository } from "./referral-repository.js";
import { KyselyReferralVersionRepository } from "./referral-version-repository.js";
import { KyselyReportRepository } from "./report-repository.js";
import { KyselyRetentionRepository } from "./retention-repository.js";
import { KyselySendWindows } from "./send-windows.js";
import type { StoreDialect } from "./store-dialect.js";
import { KyselyUnmetNeedRepository } from "./unmet-need-repository.js";
import { KyselyCapacityRefusalRepository } from "./capacity-refusal-repository.js";
import { KyselyVoteRepository } from "./vote-repository.js";

/** The repositories, all bound to the one connection that holds the open transaction. */
export function kyselyStoreTx(connection: Kysely<Database>, dialect: StoreDialect): StoreTx {
  return {
    people: new KyselyPeopleRepository(connection, dialect),
    panels: new KyselyPanelRepository(connection, dialect),
    children: new KyselyChildRepository(connection, dialect),
    referrals: new KyselyReferralRepository(connection, dialect),
    referralVersions: new KyselyReferralVersionRepository(connection),
    meetings: new KyselyMeetingRepository(connection, dialect),
    agenda: new KyselyAgendaRepository(connection),
    agendaRecords: new KyselyAgendaRecordRepository(connection),
    papers: new KyselyPaperRepository(connection),
    panelLibraries: new KyselyPanelLibraryRepository(connection),
    ratings: new KyselyRatingRepository(connection),
    meetingRooms: new KyselyMeetingRoomRepository(connection),
    votes: new KyselyVoteRepository(connection, dialect),
    actions: new KyselyActionRepository(connection),
    unmetNeed: new KyselyUnmetNeedRepository(connection),
    capacityRefusals: new KyselyCapacityRefusalRepository(connection),
    familySharing: new KyselyFamilySharingRepository(connection),
    cardRefreshes: new KyselyCardRefreshes(connection, dialect),
    caseload: new KyselyCaseloadRepository(connection),
    audit: new KyselyAuditLog(connection, dialect),
    outbox: new KyselyOutbox(connection, dialect),
    idempotency: new KyselyIdempotencyKeys(connection, dialect),
    conversations: new KyselyConversationReferences(connection, dialect),
    sendWindows: new KyselySendWindows(connection, dialect),
    closureDays: new KyselyClosureDayRepository(connection, dialect),
    cinReviews: new KyselyCinReviewRepository(connection),
    minutes: new KyselyMinuteRepository(connection),
    caseObservations: new KyselyCaseObservationRepository(connection),
    breaches: new KyselySuspectedBreachRepository(connection),
    reports: new KyselyReportRepository(connection, dialect),
    retention: new KyselyRetentionRepository(connection, dialect),
  };
}
