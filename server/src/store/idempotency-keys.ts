import type { Kysely } from "kysely";
import { IdempotencyKeyTaken, type IdempotencyKeys, type IdempotencyRecord } from "@convenor/shared";
import type { Database } from "./database.js";
import { fromJson, toJson } from "./json-column.js";

export class KyselyIdempotencyKeys implements IdempotencyKeys {
  constructor(private readonly db: Kysely<Database>) {}

  async get(key: string): Promise<IdempotencyRecord | null> {
    const row = await this.db
      .selectFrom("idempotency_keys")
      .selectAll()
      .where("key", "=", key)
      .executeTakeFirst();
    return row
      ? { key: row.key, scope: row.scope, result: fromJson(row.result), createdAt: row.created_at }
      : null;
  }

  async put(record: IdempotencyRecord): Promise<void> {
    // `do nothing` instead of a unique violation: a failed statement would abort a PostgreSQL transaction. A
    // concurrent holder of the key makes this wait for its commit (then nothing is inserted) or rollback.
    const result = await this.db
      .insertInto("idempotency_keys")
      .values({
        key: record.key,
        scope: record.scope,
        result: toJson(record.result ?? null),
        created_at: record.createdAt,
      })
      .onConflict((oc) => oc.column("key").doNothing())
      .executeTakeFirst();
    if (result.numInsertedOrUpdatedRows !== 1n) throw new IdempotencyKeyTaken(record.key);
  }
}
