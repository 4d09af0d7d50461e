import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { describe } from "vitest";
import { dropSchemas, uniqueSchemaName } from "@convenor/server/testing";
import { createLogger, loadConfig, startService, type RunningService } from "@convenor/server";
import { demoPeople } from "@convenor/server/local";

export type Engine = "sqlite" | "postgres";

const databaseUrl = process.env.TEST_DATABASE_URL;

/** Runs `suite` once per store engine; the PostgreSQL run is skipped, and says so, without TEST_DATABASE_URL. */
export function describeOnEachEngine(name: string, suite: (engine: Engine) => void): void {
  describe(`${name} (SQLite)`, () => suite("sqlite"));
  describe.skipIf(!databaseUrl)(
    databaseUrl ? `${name} (PostgreSQL)` : `${name} (PostgreSQL: TEST_DATABASE_URL not set)`,
    () => suite("postgres"),
  );
}

/** What the fuzz and bad-input tests watch: rows a refused request must never add or change. */
export interface StoreCounts {
  referrals: number;
  children: number;
  /** Audit entries other than refused reads (a refused read is recorded on purpose). */
  audit: number;
  outbox: number;
  outboxAttempts: number;
  idempotencyKeys: number;
}

export interface EngineService {
  engine: Engine;
  service: RunningService;
  url: string;
  /** `Authorization` header for a demo person (a token from the local issuer). */
  as(personId: string): Promise<Record<string, string>>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}

const countsSql = `select
  (select count(*) from referrals) as referrals,
  (select count(*) from children) as children,
  (select count(*) from audit_log where action <> 'referral.view-refused') as audit,
  (select count(*) from outbox) as outbox,
  (select coalesce(sum(attempts), 0) from outbox) as outbox_attempts,
  (select count(*) from idempotency_keys) as idempotency_keys`;

interface CountsRow {
  referrals: number | string;
  children: number | string;
  audit: number | string;
  outbox: number | string;
  outbox_attempts: number | string;
  idempotency_keys: number | string;
}

/** The whole service (local mode, no Playground or Graph sandbox) on SQLite in a temp folder or PostgreSQL in a schema of its own. */
export async function startEngineService(engine: Engine): Promise<EngineService> {
  const dataDir = await mkdtemp(join(tmpdir(), `convenor-${engine}-`));
  const schema = uniqueSchemaName("e2e");
  const env: Record<string, string> = { DATA_DIR: dataDir, PORT: "0" };
  if (engine === "postgres") env.DATABASE_URL = databaseUrl!;
  const service = await startService(
    loadConfig(env),
    createLogger({ level: process.env.E2E_LOG_LEVEL ?? "silent" }),
    {
      playground: false,
      graphSandbox: false,
      ...(engine === "postgres" ? { storeSchema: schema } : {}),
    },
  );
  const tokens = new Map<string, string>();

  const query = async (): Promise<CountsRow> => {
    if (engine === "sqlite") {
      const db = new BetterSqlite3(join(dataDir, "convenor.sqlite"), { readonly: true });
      try {
        return db.prepare(countsSql).get() as CountsRow;
      } finally {
        db.close();
      }
    }
    const client = new pg.Client({ connectionString: databaseUrl, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      return (await client.query<CountsRow>(countsSql)).rows[0]!;
    } finally {
      await client.end();
    }
  };

  return {
    engine,
    service,
    url: service.url,
    async as(personId) {
      if (!tokens.has(personId)) {
        const person = demoPeople.find((candidate) => candidate.id === personId)!;
        tokens.set(personId, await service.localIssuer!.issueToken(person));
      }
      return { authorization: `Bearer ${tokens.get(personId)}` };
    },
    async counts() {
      const row = await query();
      return {
        referrals: Number(row.referrals),
        children: Number(row.children),
        audit: Number(row.audit),
        outbox: Number(row.outbox),
        outboxAttempts: Number(row.outbox_attempts),
        idempotencyKeys: Number(row.idempotency_keys),
      };
    },
    async close() {
      await service.close();
      await rm(dataDir, { recursive: true, force: true });
      if (engine === "postgres") await dropSchemas(databaseUrl!, [schema]);
    },
  };
}
