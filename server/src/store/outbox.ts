import type { Kysely, Selectable } from "kysely";
import type { Outbox, OutboxMessage } from "@convenor/shared";
import type { Database, OutboxRow } from "./database.js";
import { fromJson, toJson } from "./json-column.js";
import { columns, ReusableQuery } from "./reusable-query.js";
import type { StoreDialect } from "./store-dialect.js";

const outboxColumns = [
  "id",
  "kind",
  "recipient",
  "payload",
  "created_at",
  "attempts",
  "not_before",
  "delivered_at",
  "last_error",
] as const satisfies readonly (keyof OutboxRow)[];

export const enqueueMessage = new ReusableQuery((db, row: Omit<OutboxRow, "seq">) =>
  db.insertInto("outbox").values(columns(row, outboxColumns)),
);

export class KyselyOutbox implements Outbox {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  async enqueue(message: OutboxMessage): Promise<void> {
    await enqueueMessage.execute(this.db, this.dialect, {
      id: message.id,
      kind: message.kind,
      recipient: message.recipient,
      payload: toJson(message.payload),
      created_at: message.createdAt,
      attempts: message.attempts,
      not_before: message.notBefore,
      delivered_at: message.deliveredAt,
      last_error: message.lastError,
    });
  }

  async due(nowIso: string, limit: number): Promise<OutboxMessage[]> {
    let select = this.db
      .selectFrom("outbox")
      .selectAll()
      .where("delivered_at", "is", null)
      .where("not_before", "<=", nowIso)
      .orderBy("created_at")
      .orderBy("seq")
      .limit(limit);
    // Several service instances share PostgreSQL: rows another instance is claiming right now are skipped
    // (claimDue then moves them out of reach for the lease). SQLite transactions already run one at a time.
    if (this.dialect === "postgres") select = select.forUpdate().skipLocked();
    const rows = await select.execute();
    return rows.map(toMessage);
  }

  async claimDue(nowIso: string, limit: number, leaseUntilIso: string): Promise<OutboxMessage[]> {
    const claimed = await this.due(nowIso, limit);
    if (claimed.length === 0) return [];
    await this.db
      .updateTable("outbox")
      .set({ not_before: leaseUntilIso })
      .where(
        "id",
        "in",
        claimed.map((message) => message.id),
      )
      .execute();
    return claimed.map((message) => ({ ...message, notBefore: leaseUntilIso }));
  }

  async retryNow(recipient: string, nowIso: string): Promise<void> {
    await this.db
      .updateTable("outbox")
      .set({ not_before: nowIso })
      .where("recipient", "=", recipient)
      .where("delivered_at", "is", null)
      .where("not_before", ">", nowIso)
      .execute();
  }

  async markDelivered(id: string, atIso: string): Promise<void> {
    const result = await this.db
      .updateTable("outbox")
      .set({ delivered_at: atIso, last_error: null })
      .where("id", "=", id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new Error(`No outbox message ${id}`);
  }

  async markFailed(id: string, error: string, retryAtIso: string): Promise<void> {
    const result = await this.db
      .updateTable("outbox")
      .set((eb) => ({ attempts: eb("attempts", "+", 1), last_error: error, not_before: retryAtIso }))
      .where("id", "=", id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new Error(`No outbox message ${id}`);
  }
}

function toMessage(row: Selectable<OutboxRow>): OutboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    recipient: row.recipient,
    payload: fromJson<Record<string, unknown>>(row.payload),
    createdAt: row.created_at,
    attempts: row.attempts,
    notBefore: row.not_before,
    deliveredAt: row.delivered_at,
    lastError: row.last_error,
  };
}
