// API load benchmark: 16 concurrent clients over loopback HTTP against the real service (`startService`, a
// temporary DATA_DIR, SQLite; PostgreSQL too when TEST_DATABASE_URL is set, in its own schema), on a store that
// already holds 3,000 referrals. Mixed reads and writes: /api/me, /api/panels, the screening queue, my
// referrals, a case detail read and referral submissions. The baseline is GET /healthz (no store work) at the
// same concurrency, measured in the same run. Prints p50, p99 and throughput per route with the ratio to the
// baseline, and resident memory (and V8 heap in use, after a full collection) after each of several equal
// phases. The clients run in a worker thread (api-load.clients.mjs) and read twice as often as they submit.
// Bounded: a fixed time per phase, about 35 s per engine.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Worker } from "node:worker_threads";
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Referral, ReferralState } from "@convenor/shared";
import { aChild, aValidReferralForm } from "@convenor/shared/testing";
import { createLogger, createStore, loadConfig, startService, type RunningService } from "@convenor/server";
import { demoPeople } from "@convenor/server/local";

/** One kind of request for the clients (api-load.clients.mjs). `paths` are used in turn. */
interface RouteSpec {
  name: string;
  paths: string[];
  authorization: string | null;
  /** POSTed as JSON with a fresh `idempotencyKey` each time. */
  body?: Record<string, unknown>;
  expectStatus: number;
}

/** To the clients: run every client over `sequence` (route names, in turn) for `seconds`. */
interface DriveRequest {
  sequence: string[];
  seconds: number;
}

/** From the clients: latencies per route in milliseconds, or why a request failed. */
type DriveResult = { latencies: Record<string, number[]> } | { error: string };

const clients = 16;
const preloaded = 3_000;
const baselineSeconds = 3;
const phases = 5;
const phaseSeconds = 5;
const targets = { p50: 20, p99: 100 };

const panels = [
  { id: "panel-icsmg", preset: "icsmg" },
  { id: "panel-lcjst", preset: "lc-jst" },
  { id: "panel-isg", preset: "isg" },
] as const;
const referrers = ["p-teacher", "p-sw"];
const states: ReferralState[] = ["submitted", "submitted", "accepted", "declined", "returned"];

/** 3,000 referrals with their children, written straight through the store in a few transactions. */
async function preload(service: RunningService): Promise<string[]> {
  const ids: string[] = [];
  const batch = 500;
  for (let start = 0; start < preloaded; start += batch) {
    await service.deps.store.transaction(async (tx) => {
      for (let i = start; i < Math.min(preloaded, start + batch); i += 1) {
        const panel = panels[i % panels.length]!;
        const child = aChild({ id: randomUUID(), givenName: `Bench${i}`, dateOfBirth: "2012-06-01" });
        const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
        const state = states[i % states.length]!;
        const referral: Referral = {
          id: randomUUID(),
          panelId: panel.id,
          reference: `BENCH-2025-${String(i).padStart(5, "0")}`,
          state,
          childId: child.id,
          referrerId: referrers[i % referrers.length]!,
          urgency: i % 10 === 0 ? "urgent" : "routine",
          form: aValidReferralForm(panel.preset, { "child.givenName": child.givenName }),
          meetingId: null,
          retrospective: false,
          createdAt: at,
          updatedAt: at,
          version: 1,
          history: [{ from: null, to: state, at, byPersonId: "p-teacher", reason: null }],
        };
        await tx.children.insert(child);
        await tx.referrals.insert(referral);
        if (state === "submitted") ids.push(referral.id);
      }
    });
  }
  return ids;
}

interface Stats {
  count: number;
  p50: number;
  p99: number;
  throughput: number;
}

function statsOf(latencies: number[], seconds: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), throughput: sorted.length / seconds };
}

/** The clients, in a worker thread; `drive` runs them over a sequence of routes for a time. */
function startClients(url: string, routes: RouteSpec[]) {
  const worker = new Worker(new URL("./api-load.clients.mjs", import.meta.url), {
    workerData: { url, clients, routes },
  });
  return {
    drive(request: DriveRequest): Promise<Record<string, number[]>> {
      return new Promise((resolve, reject) => {
        worker.once("error", reject);
        worker.once("message", (result: DriveResult) => {
          worker.off("error", reject);
          if ("error" in result) reject(new Error(result.error));
          else resolve(result.latencies);
        });
        worker.postMessage(request);
      });
    },
    stop: () => worker.terminate(),
  };
}

/** Baseline alone, then equal phases of the mixed sequence; prints the results. */
async function measure(
  engine: string,
  load: ReturnType<typeof startClients>,
  sequence: string[],
  health: string,
): Promise<void> {
  // Warm up every path, then the baseline alone at the same concurrency.
  await load.drive({ sequence, seconds: 1 });
  const baseline = statsOf(
    (await load.drive({ sequence: [health], seconds: baselineSeconds }))[health]!,
    baselineSeconds,
  );

  const all = new Map(sequence.map((name) => [name, [] as number[]]));
  collect();
  const rss = [process.memoryUsage().rss];
  const heap = [process.memoryUsage().heapUsed];
  for (let phase = 1; phase <= phases; phase += 1) {
    const latencies = await load.drive({ sequence, seconds: phaseSeconds });
    let requests = 0;
    for (const [name, values] of Object.entries(latencies)) {
      all.get(name)!.push(...values);
      requests += values.length;
    }
    collect();
    rss.push(process.memoryUsage().rss);
    heap.push(process.memoryUsage().heapUsed);
    console.log(
      `[${engine}] phase ${phase}/${phases}: ${(requests / phaseSeconds).toFixed(0)} requests/s, ` +
        `RSS ${mb(rss.at(-1)!)}, heap used ${mb(heap.at(-1)!)}`,
    );
  }

  const seconds = phases * phaseSeconds;
  console.log(
    `\n[${engine}] ${clients} clients, ${phases} x ${phaseSeconds} s mixed; baseline GET /healthz alone: ` +
      `p50 ${baseline.p50.toFixed(2)} ms, p99 ${baseline.p99.toFixed(2)} ms, ${baseline.throughput.toFixed(0)} req/s`,
  );
  const mixed: number[] = [];
  for (const [name, values] of all) {
    if (name !== health) mixed.push(...values);
    const s = statsOf(values, seconds);
    console.log(
      `${name.padEnd(22)} p50 ${s.p50.toFixed(2).padStart(7)} ms  p99 ${s.p99.toFixed(2).padStart(7)} ms  ` +
        `${s.throughput.toFixed(0).padStart(5)} req/s  p50 x${(s.p50 / baseline.p50).toFixed(1)} baseline`,
    );
  }
  const api = statsOf(mixed, seconds);
  const met = (ok: boolean) => (ok ? "met" : "NOT met");
  console.log(
    `API overall (store routes): p50 ${api.p50.toFixed(2)} ms (target < ${targets.p50} ms: ${met(api.p50 < targets.p50)}), ` +
      `p99 ${api.p99.toFixed(2)} ms (target < ${targets.p99} ms: ${met(api.p99 < targets.p99)}), ` +
      `${api.throughput.toFixed(0)} req/s`,
  );
  console.log(
    `RSS at start and after each phase: ${rss.map(mb).join(", ")}; heap used ${heap.map(mb).join(", ")} ` +
      `(target: no growth from phase to phase at this fixed workload)`,
  );
}

// Memory is read after a full collection, so that garbage not yet collected does not look like growth.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function benchEngine(engine: string, env: Record<string, string>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "convenor-api-bench-"));
  const service = await startService(
    loadConfig({ DATA_DIR: dataDir, PORT: "0", ...env }),
    createLogger({ level: "silent" }),
    { playground: false, graphSandbox: false },
  );
  try {
    const loadStarted = performance.now();
    const queued = await preload(service);
    console.log(
      `\n[${engine}] ${preloaded} referrals preloaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`,
    );
    const token = async (id: string) =>
      `Bearer ${await service.localIssuer!.issueToken(demoPeople.find((p) => p.id === id)!)}`;
    const chair = await token("p-chair");
    const teacher = await token("p-teacher");

    const form = aValidReferralForm("lc-jst", { "child.familyName": "Benchmark" });
    const routes: RouteSpec[] = [
      { name: "GET /healthz", paths: ["/healthz"], authorization: null, expectStatus: 200 },
      { name: "GET /api/me", paths: ["/api/me"], authorization: chair, expectStatus: 200 },
      { name: "GET /api/panels", paths: ["/api/panels"], authorization: teacher, expectStatus: 200 },
      {
        name: "GET queue (chair)",
        paths: ["/api/referrals?view=queue"],
        authorization: chair,
        expectStatus: 200,
      },
      {
        name: "GET mine (teacher)",
        paths: ["/api/referrals?view=mine"],
        authorization: teacher,
        expectStatus: 200,
      },
      {
        name: "GET referral detail",
        paths: queued.map((id) => `/api/referrals/${id}`),
        authorization: chair,
        expectStatus: 200,
      },
      {
        name: "POST referral",
        paths: ["/api/referrals"],
        authorization: teacher,
        body: { panelId: "panel-lcjst", mode: "submit", form },
        expectStatus: 201,
      },
    ];
    const health = routes[0]!.name;
    // Each client sends the routes in turn, reads twice as often as it submits (the service's main use).
    const sequence = routes.flatMap((route) =>
      route.name === "POST referral" ? [route.name] : [route.name, route.name],
    );
    const load = startClients(service.url, routes);
    try {
      await measure(engine, load, sequence, health);
    } finally {
      await load.stop();
    }
  } finally {
    await service.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  await benchEngine("SQLite", {});
  const postgresUrl = process.env.TEST_DATABASE_URL;
  if (!postgresUrl) {
    console.log("\nPostgreSQL: not run (set TEST_DATABASE_URL to include it).");
    return;
  }
  // A fresh schema of its own, created and migrated first; the service then uses it through search_path.
  const schema = `bench_api_${Date.now()}`;
  const created = await createStore({ databaseUrl: postgresUrl, schema });
  await created.close();
  const url = new URL(postgresUrl);
  url.searchParams.set("options", `-c search_path=${schema}`);
  try {
    await benchEngine("PostgreSQL", { DATABASE_URL: url.toString() });
  } finally {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`drop schema ${schema} cascade`);
    await client.end();
  }
}
