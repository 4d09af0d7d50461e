import type BetterSqlite3 from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

/**
 * The SQLite database as Kysely sees it, with each SQL text prepared once and reused: Kysely prepares a
 * statement for every query it runs, and preparing costs more than running most of Convenor's queries.
 * Queries are built by the repositories, so there are few distinct texts; the cache is bounded anyway.
 */
export function withStatementCache(database: BetterSqlite3.Database, limit = 1_000): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= limit) statements.clear();
        statement = database.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
