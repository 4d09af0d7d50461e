import type { Insertable, Kysely } from "kysely";
import { IdempotencyKeyTaken, type IdempotencyKeys, type IdempotencyRecord } from "@convenor/shared";
import type { Database, IdempotencyKeyRow } from "./database.js";
import { fromJson, toJson } from "./json-column.js";
import { ReusableQuery } from "./reusable-query.js";
import type { StoreDialect } from "./store-dialect.js";

export const idempotencyKey = new ReusableQuery((db, input: { key: string }) =>
  db.selectFrom("idempotency_keys").selectAll().where("key", "=", input.key),
);

export const claimIdempotencyKey = new ReusableQuery((db, row: Insertable<IdempotencyKeyRow>) =>
  db
    .insertInto("idempotency_keys")
    .values({ key: row.key, scope: row.scope, result: row.result, created_at: row.created_at })
    .onConflict((oc) => oc.column("key").doNothing()),
);

export class KyselyIdempotencyKeys implements IdempotencyKeys {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
  ) {}

  async get(key: string): Promise<IdempotencyRecord | null> {
    const row = (await idempotencyKey.execute(this.db, this.dialect, { key })).rows[0];
    return row
      ? { key: row.key, scope: row.scope, result: fromJson(row.result), createdAt: row.created_at }
      : null;
  }

  async put(record: IdempotencyRecord): Promise<void> {
    // `do nothing` instead of a unique violation: a failed statement would abort a PostgreSQL transaction. A
    // concurrent holder of the key makes this wait for its commit (then nothing is inserted) or rollback.
    const result = await claimIdempotencyKey.execute(this.db, this.dialect, {
      key: record.key,
      scope: record.scope,
      result: toJson(record.result ?? null),
      created_at: record.createdAt,
    });
    if (result.numAffectedRows !== 1n) throw new IdempotencyKeyTaken(record.key);
  }
}
