import type BetterSqlite3 from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

/**
 * The SQLite database as Kysely sees it, with each statement prepared once and kept: Kysely prepares every
 * query it runs, and preparing costs about as much as running a small query. Kysely runs a statement to
 * completion synchronously (no repository streams), so one prepared statement is never in use twice at once.
 */
export function withStatementCache(database: BetterSqlite3.Database, maxStatements = 256): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        // Queries come from a bounded set of builders; the limit only guards against an unexpected variety.
        if (statements.size >= maxStatements) statements.clear();
        statement = database.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
