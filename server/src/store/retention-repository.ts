import { sql, type Kysely } from "kysely";
import {
  anonymisedName,
  retentionKinds,
  minuteKey,
  withoutItemsFreeText,
  withoutNames,
  type MinuteContent,
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
    const items = await this.db
      .selectFrom("agenda_items")
      .select("id")
      .where("referral_id", "=", id)
      .execute();
    const decisions = await this.db
      .selectFrom("decisions")
      .select("id")
      .where("referral_id", "=", id)
      .execute();
    await this.clearItemsFreeText(items.map((item) => item.id));
    await this.clearDecisionsFreeText(decisions.map((decision) => decision.id));
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
    if (result.numUpdatedRows === 0n) return false;
    await this.clearChildFreeText(id);
    return true;
  }

  /** What was written about the child anywhere: their items, decisions, agreed ratings and CIN plans. */
  private async clearChildFreeText(childId: string): Promise<void> {
    const referrals = this.db.selectFrom("referrals").select("id").where("child_id", "=", childId);
    const items = await this.db
      .selectFrom("agenda_items")
      .select("id")
      .where((eb) => eb.or([eb("child_id", "=", childId), eb("referral_id", "in", referrals)]))
      .execute();
    const itemIds = items.map((item) => item.id);
    await this.clearItemsFreeText(itemIds);
    const decisions = await this.db
      .selectFrom("decisions")
      .select("id")
      .where((eb) =>
        eb.or([
          eb("child_id", "=", childId),
          ...(itemIds.length > 0 ? [eb("agenda_item_id", "in", itemIds)] : []),
        ]),
      )
      .execute();
    await this.clearDecisionsFreeText(decisions.map((decision) => decision.id));
    await this.db.updateTable("family_sharing").set({ note: null }).where("child_id", "=", childId).execute();
    await this.db
      .updateTable("agreed_ratings")
      .set({ reasons: emptyPayload })
      .where("child_id", "=", childId)
      .execute();
    const plans = this.db.selectFrom("cin_plans").select("id").where("child_id", "=", childId);
    await this.db
      .updateTable("cin_reviews")
      .set({
        reasons: "",
        // Whether the review was further off than the interval stays (a non-null reason), not why.
        exceptional_reason: sql<string | null>`case when exceptional_reason is null then null else '' end`,
      })
      .where("plan_id", "in", plans)
      .execute();
    await this.db
      .updateTable("cin_early_reviews")
      .set({ reason: "" })
      .where("child_id", "=", childId)
      .execute();
  }

  /** The members' vote reasons, the actions and the minutes' notes and decision reasons of these items. */
  private async clearItemsFreeText(itemIds: readonly string[]): Promise<void> {
    if (itemIds.length === 0) return;
    const questions = this.db
      .selectFrom("vote_questions")
      .select("id")
      .where("agenda_item_id", "in", itemIds);
    await this.db.updateTable("votes").set({ reason: null }).where("question_id", "in", questions).execute();
    const actions = await this.db
      .selectFrom("actions")
      .select(["meeting_id", "description"])
      .where("agenda_item_id", "in", itemIds)
      .execute();
    await this.db
      .updateTable("actions")
      .set({ description: "" })
      .where("agenda_item_id", "in", itemIds)
      .execute();
    const meetings = this.db.selectFrom("agenda_items").select("meeting_id").where("id", "in", itemIds);
    const minutes = await this.db
      .selectFrom("minute_versions")
      .select(["meeting_id", "version", "content"])
      .where("meeting_id", "in", meetings)
      .execute();
    const items = new Set(itemIds);
    for (const minute of minutes) {
      const descriptions = new Set(
        actions.filter((a) => a.meeting_id === minute.meeting_id && a.description).map((a) => a.description),
      );
      const content = withoutItemsFreeText(JSON.parse(minute.content) as MinuteContent, items, descriptions);
      await this.db
        .updateTable("minute_versions")
        .set((eb) => ({ content: JSON.stringify(content), revision: eb("revision", "+", 1) }))
        .where("meeting_id", "=", minute.meeting_id)
        .where("version", "=", minute.version)
        .execute();
    }
  }

  /** These decisions' reasons and dissent, and their family sharing notes (outcomes and resources stay). */
  private async clearDecisionsFreeText(decisionIds: readonly string[]): Promise<void> {
    if (decisionIds.length === 0) return;
    await this.db
      .updateTable("family_sharing")
      .set({ note: null })
      .where("decision_id", "in", decisionIds)
      .execute();
    await this.db
      .updateTable("decisions")
      .set({ reasons: "", dissent: "[]" })
      .where("id", "in", decisionIds)
      .execute();
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
