import { sql, type Kysely } from "kysely";
import {
  anonymisedName,
  retentionKinds,
  minuteKey,
  withoutNames,
  type ExpiredRecord,
  type MinuteAgreement,
  type Referral,
  type RetentionKind,
  type RetentionPeriods,
  type RetentionRepository,
} from "@convenor/shared";
import type { Database } from "./database.js";
import type { StoreDialect } from "./store-dialect.js";

/** First key of the PostgreSQL advisory lock a retention run takes, so no other lock shares it. */
const retentionRunLockClass = 0x5245_544e; // "RETN"
const endedStates = ["closed", "declined", "decided"];
const emptyPayload = "{}";

export class KyselyRetentionRepository implements RetentionRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  async periods(): Promise<Partial<RetentionPeriods>> {
    const rows = await this.db.selectFrom("retention_periods").select(["kind", "months"]).execute();
    const known: readonly string[] = retentionKinds;
    return Object.fromEntries(rows.filter((row) => known.includes(row.kind)).map((r) => [r.kind, r.months]));
  }

  async setPeriods(periods: RetentionPeriods): Promise<void> {
    for (const kind of retentionKinds) {
      await this.db
        .insertInto("retention_periods")
        .values({ kind, months: periods[kind] })
        .onConflict((c) => c.column("kind").doUpdateSet({ months: periods[kind] }))
        .execute();
    }
  }

  async lockRun(): Promise<void> {
    // SQLite: the transaction already holds the one write lock (begin immediate).
    if (this.dialect === "postgres") {
      await sql`select pg_advisory_xact_lock(${retentionRunLockClass}, 0)`.execute(this.db);
    }
  }

  async expired(kind: RetentionKind, before: string, limit: number): Promise<ExpiredRecord[]> {
    if (kind === "referral") {
      return this.db
        .selectFrom("referrals")
        .select(["id", "child_id as childId"])
        .where("state", "in", endedStates)
        .where("updated_at", "<", before)
        .where("anonymised_at", "is", null)
        .orderBy("id")
        .limit(limit)
        .execute();
    }
    if (kind === "caseObservation") {
      return this.db
        .selectFrom("case_observations")
        .select(["id", "child_id as childId"])
        .where("recorded_at", "<", before)
        .where("anonymised_at", "is", null)
        .orderBy("id")
        .limit(limit)
        .execute();
    }
    if (kind === "minute") {
      const minutes = await this.db
        .selectFrom("minute_versions")
        .innerJoin("meetings", "meetings.id", "minute_versions.meeting_id")
        .select(["minute_versions.meeting_id", "minute_versions.version"])
        .where("meetings.starts_at", "<", before)
        .where("minute_versions.anonymised_at", "is", null)
        .orderBy("minute_versions.meeting_id")
        .orderBy("minute_versions.version")
        .limit(limit)
        .execute();
      return minutes.map((row) => ({ id: `${row.meeting_id}/${row.version}`, childId: null }));
    }
    const rows = await this.db
      .selectFrom("outbox")
      .select("id")
      .where("delivered_at", "is not", null)
      .where("delivered_at", "<", before)
      .where("payload", "<>", emptyPayload)
      .orderBy("id")
      .limit(limit)
      .execute();
    return rows.map((row) => ({ id: row.id, childId: null }));
  }

  async anonymiseReferral(
    id: string,
    anonymised: Pick<Referral, "form" | "history">,
    at: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable("referrals")
      .set((eb) => ({
        form: JSON.stringify(anonymised.form),
        history: JSON.stringify(anonymised.history),
        anonymised_at: at,
        version: eb("version", "+", 1),
      }))
      .where("id", "=", id)
      .where("anonymised_at", "is", null)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) return false;
    await this.db
      .updateTable("referral_versions")
      .set({ form: emptyPayload, question: "", answer: "" })
      .where("referral_id", "=", id)
      .execute();
    const items = this.db.selectFrom("agenda_items").select("id").where("referral_id", "=", id);
    const questions = this.db.selectFrom("vote_questions").select("id").where("agenda_item_id", "in", items);
    await this.db.updateTable("votes").set({ reason: null }).where("question_id", "in", questions).execute();
    const decisions = this.db.selectFrom("decisions").select("id").where("referral_id", "=", id);
    await this.db
      .updateTable("family_sharing")
      .set({ note: null })
      .where("decision_id", "in", decisions)
      .execute();
    await this.db
      .updateTable("decisions")
      .set({ reasons: "", dissent: "[]" })
      .where("referral_id", "=", id)
      .execute();
    return true;
  }

  async anonymiseChild(id: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable("children")
      .set({
        given_name: anonymisedName,
        family_name: "",
        // Unique per record, so two anonymised children born in one year never collide on the match index.
        match_key: `anonymised:${id}`,
        date_of_birth: sql<string>`substr(date_of_birth, 1, 4)`,
        school: "",
        locality: "",
        anonymised_at: at,
      })
      .where("id", "=", id)
      .where("anonymised_at", "is", null)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("referrals")
              .select("id")
              .where("child_id", "=", id)
              .where("anonymised_at", "is", null)
              .unionAll(
                eb.selectFrom("tracked_young_people").select("child_id as id").where("child_id", "=", id),
              )
              .unionAll(
                eb
                  .selectFrom("cin_plans")
                  .select("id")
                  .where("child_id", "=", id)
                  .where("state", "=", "open"),
              ),
          ),
        ),
      )
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async anonymiseMinute(id: string, at: string): Promise<boolean> {
    const { meetingId, version } = minuteKey(id);
    const row = await this.db
      .selectFrom("minute_versions")
      .select("agreements")
      .where("meeting_id", "=", meetingId)
      .where("version", "=", version)
      .executeTakeFirst();
    if (!row) return false;
    const agreements = withoutNames(JSON.parse(row.agreements) as MinuteAgreement[]);
    const result = await this.db
      .updateTable("minute_versions")
      .set({ agreements: JSON.stringify(agreements), contentious_issues: "", anonymised_at: at })
      .where("meeting_id", "=", meetingId)
      .where("version", "=", version)
      .where("anonymised_at", "is", null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async anonymiseObservation(id: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable("case_observations")
      .set({ text: "", anonymised_at: at })
      .where("id", "=", id)
      .where("anonymised_at", "is", null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async purgeDeliveredMessage(id: string): Promise<boolean> {
    const result = await this.db
      .updateTable("outbox")
      .set({ payload: emptyPayload })
      .where("id", "=", id)
      .where("delivered_at", "is not", null)
      .where("payload", "<>", emptyPayload)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }
}
