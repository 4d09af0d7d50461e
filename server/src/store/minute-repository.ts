import type { Kysely, Selectable } from "kysely";
import type {
  CaseObservation,
  CaseObservationRepository,
  MinuteRepository,
  MinuteVersion,
} from "@convenor/shared";
import type { CaseObservationRow, Database, MinuteVersionRow } from "./database.js";
import { fromJson, toJson } from "./json-column.js";

export class KyselyMinuteRepository implements MinuteRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async versions(meetingId: string): Promise<MinuteVersion[]> {
    const rows = await this.db
      .selectFrom("minute_versions")
      .selectAll()
      .where("meeting_id", "=", meetingId)
      .orderBy("version")
      .execute();
    return rows.map(toMinute);
  }

  async get(meetingId: string, version: number): Promise<MinuteVersion | null> {
    const row = await this.db
      .selectFrom("minute_versions")
      .selectAll()
      .where("meeting_id", "=", meetingId)
      .where("version", "=", version)
      .executeTakeFirst();
    return row ? toMinute(row) : null;
  }

  async latestAgreedOfPanel(query: { panelId: string; from: string; to: string }): Promise<MinuteVersion[]> {
    const rows = await this.db
      .selectFrom("minute_versions as v")
      .innerJoin("meetings as m", "m.id", "v.meeting_id")
      .selectAll("v")
      .where("m.panel_id", "=", query.panelId)
      .where("m.starts_at", ">=", query.from)
      .where("m.starts_at", "<", query.to)
      .where("v.status", "=", "agreed")
      .where((eb) =>
        eb(
          "v.version",
          "=",
          eb
            .selectFrom("minute_versions as later")
            .select((later) => later.fn.max("later.version").as("version"))
            .whereRef("later.meeting_id", "=", "v.meeting_id")
            .where("later.status", "=", "agreed"),
        ),
      )
      .orderBy("m.starts_at")
      .orderBy("m.id")
      .execute();
    return rows.map(toMinute);
  }

  async insert(minute: MinuteVersion): Promise<boolean> {
    const result = await this.db
      .insertInto("minute_versions")
      .values(toRow(minute))
      .onConflict((oc) => oc.columns(["meeting_id", "version"]).doNothing())
      .executeTakeFirst();
    return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
  }

  async update(minute: MinuteVersion, expectedRevision: number): Promise<boolean> {
    const { meeting_id, version, ...changes } = toRow(minute);
    const result = await this.db
      .updateTable("minute_versions")
      .set(changes)
      .where("meeting_id", "=", meeting_id)
      .where("version", "=", version)
      .where("revision", "=", expectedRevision)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async markFiled(
    meetingId: string,
    version: number,
    filed: { webUrl: string; itemId: string; at: string },
  ): Promise<void> {
    await this.db
      .updateTable("minute_versions")
      .set({ filed_url: filed.webUrl, filed_item_id: filed.itemId, filed_at: filed.at })
      .where("meeting_id", "=", meetingId)
      .where("version", "=", version)
      .execute();
  }
}

export class KyselyCaseObservationRepository implements CaseObservationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(observation: CaseObservation): Promise<void> {
    await this.db
      .insertInto("case_observations")
      .values({
        id: observation.id,
        meeting_id: observation.meetingId,
        agenda_item_id: observation.agendaItemId,
        panel_id: observation.panelId,
        child_id: observation.childId,
        text: observation.text,
        recorded_by_id: observation.recordedById,
        recorded_at: observation.recordedAt,
        filed_url: observation.filedUrl,
        filed_at: observation.filedAt,
      })
      .execute();
  }

  async get(id: string): Promise<CaseObservation | null> {
    const row = await this.db
      .selectFrom("case_observations")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? toObservation(row) : null;
  }

  async ofMeeting(meetingId: string): Promise<CaseObservation[]> {
    const rows = await this.db
      .selectFrom("case_observations")
      .selectAll()
      .where("meeting_id", "=", meetingId)
      .orderBy("recorded_at")
      .orderBy("id")
      .execute();
    return rows.map(toObservation);
  }

  async ofChild(childId: string): Promise<CaseObservation[]> {
    const rows = await this.db
      .selectFrom("case_observations")
      .selectAll()
      .where("child_id", "=", childId)
      .orderBy("recorded_at")
      .orderBy("id")
      .execute();
    return rows.map(toObservation);
  }

  async markFiled(id: string, filedUrl: string, filedAt: string): Promise<void> {
    await this.db
      .updateTable("case_observations")
      .set({ filed_url: filedUrl, filed_at: filedAt })
      .where("id", "=", id)
      .execute();
  }
}

const toRow = (minute: MinuteVersion): MinuteVersionRow => ({
  meeting_id: minute.meetingId,
  version: minute.version,
  panel_id: minute.panelId,
  revision: minute.revision,
  status: minute.status,
  content: toJson(minute.content),
  agreements: toJson(minute.agreements),
  contentious_issues: minute.contentiousIssues,
  edited_by_id: minute.editedById,
  edited_at: minute.editedAt,
  circulated_at: minute.circulatedAt,
  agreed_by_id: minute.agreedById,
  agreed_at: minute.agreedAt,
  filed_url: minute.filedUrl,
  filed_item_id: minute.filedItemId,
  filed_at: minute.filedAt,
});

const toMinute = (row: Selectable<MinuteVersionRow>): MinuteVersion => ({
  meetingId: row.meeting_id,
  version: Number(row.version),
  panelId: row.panel_id,
  revision: Number(row.revision),
  status: row.status as MinuteVersion["status"],
  content: fromJson<MinuteVersion["content"]>(row.content),
  agreements: fromJson<MinuteVersion["agreements"]>(row.agreements),
  contentiousIssues: row.contentious_issues,
  editedById: row.edited_by_id,
  editedAt: row.edited_at,
  circulatedAt: row.circulated_at,
  agreedById: row.agreed_by_id,
  agreedAt: row.agreed_at,
  filedUrl: row.filed_url,
  filedItemId: row.filed_item_id,
  filedAt: row.filed_at,
});

const toObservation = (row: Selectable<CaseObservationRow>): CaseObservation => ({
  id: row.id,
  meetingId: row.meeting_id,
  agendaItemId: row.agenda_item_id,
  panelId: row.panel_id,
  childId: row.child_id,
  text: row.text,
  recordedById: row.recorded_by_id,
  recordedAt: row.recorded_at,
  filedUrl: row.filed_url,
  filedAt: row.filed_at,
});
