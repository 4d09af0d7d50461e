import { CompiledQuery, type Kysely } from "kysely";
import type { Store, StoreTx } from "@convenor/shared";
import type { Database } from "./database.js";
import { kyselyStoreTx } from "./kysely-store-tx.js";
import { SqliteGroupCommit } from "./sqlite-group-commit.js";
import type { StoreDialect } from "./store-dialect.js";

export interface KyselyStoreOptions {
  /** How long a SQLite transaction waits for another connection's write lock before giving up. */
  sqliteBusyTimeoutMs: number;
}

/**
 * One database transaction per `transaction` call on PostgreSQL, from the pool; on SQLite, transactions share
 * commits on the one write connection (SqliteGroupCommit), each still all or nothing. Do not call
 * `transaction` from inside `work`: the inner call would wait for the transaction the outer one is part of
 * (SQLite) or run outside the outer transaction (PostgreSQL).
 */
export class KyselyStore implements Store {
  /** SQLite only: its one write connection serves transactions in groups (see SqliteGroupCommit). */
  private readonly groupCommit: SqliteGroupCommit | null;

  /**
   * @param reader SQLite only: a second, read-only connection to the same file for `read`, so a read never
   *   waits for a write transaction to finish its work (WAL lets a reader and a writer run side by side).
   */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: StoreDialect,
    options: KyselyStoreOptions,
    private readonly reader: Kysely<Database> = db,
  ) {
    this.groupCommit =
      dialect === "sqlite"
        ? new SqliteGroupCommit((group) =>
            db.connection().execute((connection) =>
              group({
                run: (statement) => run(connection, statement),
                begin: () => beginImmediate(connection, options.sqliteBusyTimeoutMs),
                tx: kyselyStoreTx(connection, dialect),
              }),
            ),
          )
        : null;
  }

  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
    if (this.groupCommit) return this.groupCommit.transaction(work);
    return this.db
      .connection()
      .execute((connection) =>
        this.within(connection, () => run(connection, "begin isolation level read committed"), work),
      );
  }

  /**
   * A read-only transaction. SQLite: a deferred `begin` (a WAL snapshot; it does not take the write lock) on
   * the reader connection, which is opened with `query_only`. PostgreSQL: `read only` at repeatable read (one
   * snapshot).
   */
  read<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
    const begin = this.dialect === "postgres" ? "begin isolation level repeatable read read only" : "begin";
    return this.reader
      .connection()
      .execute((connection) => this.within(connection, () => run(connection, begin), work));
  }

  /** Runs `work` in the transaction `begin` opens on the reserved `connection`; commits, or rolls back on a throw. */
  private async within<T>(
    connection: Kysely<Database>,
    begin: () => Promise<void>,
    work: (tx: StoreTx) => Promise<T>,
  ): Promise<T> {
    await begin();
    let result: T;
    try {
      result = await work(kyselyStoreTx(connection, this.dialect));
    } catch (error) {
      await rollbackQuietly(connection);
      throw error;
    }
    try {
      await run(connection, "commit");
    } catch (error) {
      await rollbackQuietly(connection);
      throw error;
    }
    return result;
  }
}

/**
 * Takes SQLite's write lock up front, so two connections never both read and then deadlock upgrading to
 * write. The connection's own busy handler is off (it would block the whole event loop while another
 * connection in this process holds the lock); waiting happens here, asynchronously, with jittered backoff.
 */
async function beginImmediate(connection: Kysely<Database>, timeoutMs: number): Promise<void> {
  const startedAt = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      await run(connection, "begin immediate");
      return;
    } catch (error) {
      if (!isSqliteBusy(error) || Date.now() - startedAt >= timeoutMs) throw error;
      const ceiling = Math.min(2 ** attempt, 50);
      await new Promise((resolve) => setTimeout(resolve, 1 + Math.random() * ceiling));
    }
  }
}

/** Runs a fixed statement, without building it with Kysely at every transaction. */
async function run(connection: Kysely<Database>, statement: string): Promise<void> {
  await connection.executeQuery(CompiledQuery.raw(statement));
}

function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "SQLITE_BUSY" || code === "SQLITE_LOCKED";
}

async function rollbackQuietly(connection: Kysely<Database>): Promise<void> {
  try {
    await run(connection, "rollback");
  } catch {
    // The engine may already have ended the transaction (a failed PostgreSQL commit does); the caller's
    // original error is the one worth reporting.
  }
}
