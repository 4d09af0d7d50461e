import { randomBytes } from "node:crypto";
import pg from "pg";

/** A PostgreSQL schema name of its own for one test file or run, so runs never see each other's rows. */
export const uniqueSchemaName = (prefix: string): string =>
  `${prefix}_${Date.now()}_${randomBytes(4).toString("hex")}`;

/** Drops test schemas with everything in them. */
export async function dropSchemas(databaseUrl: string, schemas: readonly string[]): Promise<void> {
  if (schemas.length === 0) return;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}
