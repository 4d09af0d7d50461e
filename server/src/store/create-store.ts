import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { Store } from "@convenor/shared";
import type { Logger } from "../logger.js";
import type { Database } from "./database.js";
import { KyselyStore } from "./kysely-store.js";
import { migrateToLatest } from "./migrate.js";
import { startSqliteCheckpointer } from "./sqlite-checkpointer.js";
import { withStatementCache } from "./sqlite-statement-cache.js";
import type { StoreDialect } from "./store-dialect.js";

export interface StoreConfig {
  /** PostgreSQL connection string; when absent the store is an embedded SQLite file. */
  databaseUrl?: string;
  /** SQLite file, created with its folder when missing. Defaults to `data/convenor.sqlite`. */
  sqlitePath?: string;
  /** PostgreSQL schema to use (created when missing), e.g. one per test file. Defaults to the server's search_path. */
  schema?: string;
  /** PostgreSQL pool size. */
  poolSize?: number;
  /** How long a SQLite writer waits for another connection's write lock. */
  sqliteBusyTimeoutMs?: number;
  logger?: Logger;
}

export interface OpenStore {
  store: Store;
  close(): Promise<void>;
  dialect: StoreDialect;
}

export const defaultSqlitePath = "data/convenor.sqlite";

/** Opens the store and migrates it to the latest schema. */
export async function createStore(config: StoreConfig = {}): Promise<OpenStore> {
  return config.databaseUrl ? openPostgres(config, config.databaseUrl) : openSqlite(config);
}

async function openSqlite(config: StoreConfig): Promise<OpenStore> {
  const path = resolve(config.sqlitePath ?? defaultSqlitePath);
  const busyTimeoutMs = config.sqliteBusyTimeoutMs ?? 10_000;
  mkdirSync(dirname(path), { recursive: true });
  const database = new BetterSqlite3(path, { timeout: busyTimeoutMs });
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  try {
    const applied = await migrateToLatest(db, "sqlite", undefined);
    config.logger?.info({ dialect: "sqlite", applied }, "store opened");
  } catch (error) {
    await db.destroy();
    throw error;
  }
  // From here on transactions wait for the write lock asynchronously (see KyselyStore).
  database.pragma("busy_timeout = 0");
  // Checkpoints run in a worker thread, not inside whichever request's commit fills the log; should the worker
  // fail, the writer checkpoints by itself again.
  database.pragma("wal_autocheckpoint = 0");
  const checkpointer = startSqliteCheckpointer(path, {
    busyTimeoutMs,
    onError: (message, stopped) => {
      config.logger?.error({ message, stopped }, "SQLite checkpoint failed");
      if (stopped && database.open) database.pragma("wal_autocheckpoint = 1000");
    },
  });
  // Reads go through their own connection, which can never write; a WAL reader never waits for the writer.
  const readerDatabase = new BetterSqlite3(path, { timeout: busyTimeoutMs });
  readerDatabase.pragma("query_only = true");
  const reader = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(readerDatabase) }),
  });
  return {
    store: new KyselyStore(db, "sqlite", { sqliteBusyTimeoutMs: busyTimeoutMs }, reader),
    close: async () => {
      await checkpointer.stop();
      await reader.destroy();
      // The writer closes last, so it checkpoints what is left and removes the log.
      await db.destroy();
    },
    dialect: "sqlite",
  };
}

async function openPostgres(config: StoreConfig, databaseUrl: string): Promise<OpenStore> {
  const schema = config.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name "${schema}": use lower-case letters, digits and _`);
  }
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: config.poolSize ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection emits on the pool; unhandled, that would end the process.
  pool.on("error", (error) => config.logger?.error({ err: error }, "idle PostgreSQL connection failed"));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    const applied = await migrateToLatest(db, "postgres", schema);
    config.logger?.info({ dialect: "postgres", schema: schema ?? null, applied }, "store opened");
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    store: new KyselyStore(db, "postgres", { sqliteBusyTimeoutMs: 0 }),
    close: () => db.destroy(),
    dialect: "postgres",
  };
}
