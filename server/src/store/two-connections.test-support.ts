import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { dropSchemas, uniqueSchemaName } from "../testing/postgres-schemas.js";
import { createStore, type OpenStore } from "./create-store.js";

/**
 * Each real engine as two connections (pools) to one database, for races between transactions: SQLite in a
 * temporary folder, PostgreSQL in a schema of its own (null without TEST_DATABASE_URL). Both are removed after
 * the suite.
 */
export function twoConnectionsOnEachEngine(
  name: string,
): [string, (() => Promise<[OpenStore, OpenStore]>) | null][] {
  const directory = mkdtempSync(join(tmpdir(), `convenor-${name}-`));
  const url = process.env.TEST_DATABASE_URL;
  const schema = uniqueSchemaName(name.replace(/-/g, "_"));
  afterAll(async () => {
    rmSync(directory, { recursive: true, force: true });
    if (url) await dropSchemas(url, [schema]);
  });
  return [
    [
      "SQLite",
      async () => {
        const sqlitePath = join(directory, "convenor.sqlite");
        return [await createStore({ sqlitePath }), await createStore({ sqlitePath })];
      },
    ],
    [
      "PostgreSQL",
      url
        ? async () => [
            await createStore({ databaseUrl: url, schema }),
            await createStore({ databaseUrl: url, schema }),
          ]
        : null,
    ],
  ];
}
