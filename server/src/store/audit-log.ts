import type { Kysely, Selectable } from "kysely";
import type { AuditEntry, AuditLog } from "@convenor/shared";
import type { AuditLogRow, Database } from "./database.js";
import { fromJson, toJson } from "./json-column.js";
import { columns, ReusableQuery } from "./reusable-query.js";
import type { StoreDialect } from "./store-dialect.js";

const auditColumns = [
  "id",
  "at",
  "actor_id",
  "action",
  "subject_type",
  "subject_id",
  "child_id",
  "channel",
  "origin",
  "correlation_id",
  "detail",
] as const satisfies readonly (keyof AuditLogRow)[];

export const appendAuditEntry = new ReusableQuery((db, row: Omit<AuditLogRow, "seq">) =>
  db.insertInto("audit_log").values(columns(row, auditColumns)),
);

export class KyselyAuditLog implements AuditLog {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  async append(entry: AuditEntry): Promise<void> {
    await appendAuditEntry.execute(this.db, this.dialect, toRow(entry));
  }

  /** Multi-row inserts of at most `rowsPerInsert` rows, well under both engines' bound-parameter limits. */
  async appendMany(entries: readonly AuditEntry[]): Promise<void> {
    for (let start = 0; start < entries.length; start += rowsPerInsert) {
      const rows = entries.slice(start, start + rowsPerInsert).map(toRow);
      await this.db.insertInto("audit_log").values(rows).execute();
    }
  }

  /** Entries matching every given filter, in the order they were written. */
  async list(query: { subjectId?: string; childId?: string; actorId?: string }): Promise<AuditEntry[]> {
    let select = this.db.selectFrom("audit_log").selectAll();
    if (query.subjectId !== undefined) select = select.where("subject_id", "=", query.subjectId);
    if (query.childId !== undefined) select = select.where("child_id", "=", query.childId);
    if (query.actorId !== undefined) select = select.where("actor_id", "=", query.actorId);
    const rows = await select.orderBy("seq").execute();
    return rows.map(toEntry);
  }

  /** Read through the `(child_id, at)` index of 0017-data-protection. */
  async listForChild(childId: string, from: string, to: string, limit: number): Promise<AuditEntry[]> {
    const rows = await this.db
      .selectFrom("audit_log")
      .selectAll()
      .where("child_id", "=", childId)
      .where("at", ">=", from)
      .where("at", "<", to)
      .orderBy("at")
      .orderBy("seq")
      .limit(limit)
      .execute();
    return rows.map(toEntry);
  }
}

const rowsPerInsert = 500;

function toRow(entry: AuditEntry): Omit<AuditLogRow, "seq"> {
  return {
    id: entry.id,
    at: entry.at,
    actor_id: entry.actorId,
    action: entry.action,
    subject_type: entry.subjectType,
    subject_id: entry.subjectId,
    child_id: entry.childId,
    channel: entry.channel,
    origin: entry.origin,
    correlation_id: entry.correlationId,
    detail: entry.detail ? toJson(entry.detail) : null,
  };
}

function toEntry(row: Selectable<AuditLogRow>): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    action: row.action,
    subjectType: row.subject_type as AuditEntry["subjectType"],
    subjectId: row.subject_id,
    childId: row.child_id,
    channel: row.channel,
    origin: row.origin,
    correlationId: row.correlation_id,
    ...(row.detail ? { detail: fromJson<Record<string, unknown>>(row.detail) } : {}),
  };
}
