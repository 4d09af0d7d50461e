import type { Kysely, Selectable } from "kysely";
import type { Paper, PaperRead, PaperRepository } from "@convenor/shared";
import type { Database, PaperRow } from "./database.js";

export class KyselyPaperRepository implements PaperRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(id: string): Promise<Paper | null> {
    const row = await this.db.selectFrom("papers").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toPaper(row) : null;
  }

  async listForItems(agendaItemIds: readonly string[]): Promise<Paper[]> {
    if (agendaItemIds.length === 0) return [];
    const rows = await this.db
      .selectFrom("papers")
      .selectAll()
      .where("agenda_item_id", "in", [...agendaItemIds])
      .orderBy("uploaded_at")
      .orderBy("id")
      .execute();
    return rows.map(toPaper);
  }

  async upsert(paper: Paper): Promise<{ paper: Paper; replaced: boolean }> {
    const existing = await this.findAt(paper.agendaItemId, paper.path);
    const { id, agenda_item_id, path, ...changes } = toRow(paper);
    await this.db
      .insertInto("papers")
      .values({ id, agenda_item_id, path, ...changes })
      .onConflict((oc) => oc.columns(["agenda_item_id", "path"]).doUpdateSet(changes))
      .execute();
    const stored = await this.findAt(paper.agendaItemId, paper.path);
    if (!stored) throw new Error(`The paper at ${paper.path} vanished as it was filed`);
    return { paper: stored, replaced: existing !== null };
  }

  async recordRead(read: PaperRead): Promise<void> {
    await this.db
      .insertInto("paper_reads")
      .values({ paper_id: read.paperId, person_id: read.personId, first_read_at: read.firstReadAt })
      .onConflict((oc) => oc.columns(["paper_id", "person_id"]).doNothing())
      .execute();
  }

  async readsOf(paperIds: readonly string[]): Promise<PaperRead[]> {
    if (paperIds.length === 0) return [];
    const rows = await this.db
      .selectFrom("paper_reads")
      .selectAll()
      .where("paper_id", "in", [...paperIds])
      .orderBy("first_read_at")
      .orderBy("person_id")
      .execute();
    return rows.map((row) => ({
      paperId: row.paper_id,
      personId: row.person_id,
      firstReadAt: row.first_read_at,
    }));
  }

  private async findAt(agendaItemId: string, path: string): Promise<Paper | null> {
    const row = await this.db
      .selectFrom("papers")
      .selectAll()
      .where("agenda_item_id", "=", agendaItemId)
      .where("path", "=", path)
      .executeTakeFirst();
    return row ? toPaper(row) : null;
  }
}

function toRow(paper: Paper): PaperRow {
  return {
    id: paper.id,
    agenda_item_id: paper.agendaItemId,
    file_name: paper.fileName,
    content_type: paper.contentType,
    size: paper.size,
    site_id: paper.siteId,
    drive_item_id: paper.driveItemId,
    path: paper.path,
    web_url: paper.webUrl,
    uploaded_by_id: paper.uploadedById,
    uploaded_at: paper.uploadedAt,
    late: paper.late ? 1 : 0,
  };
}

function toPaper(row: Selectable<PaperRow>): Paper {
  return {
    id: row.id,
    agendaItemId: row.agenda_item_id,
    fileName: row.file_name,
    contentType: row.content_type,
    size: Number(row.size),
    siteId: row.site_id,
    driveItemId: row.drive_item_id,
    path: row.path,
    webUrl: row.web_url,
    uploadedById: row.uploaded_by_id,
    uploadedAt: row.uploaded_at,
    late: Number(row.late) === 1,
  };
}
