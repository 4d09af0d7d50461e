import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { getTrackerGrid, ragAreas, type Rag, type RagArea, type Store } from "@convenor/shared";
import { aChild, aMembership, aPanel, aPerson, FixedClock } from "@convenor/shared/testing";
import { createStore } from "@convenor/server";

const youngPeople = 600;
const workers = 40;
const months = Array.from({ length: 13 }, (_, index) => {
  const date = new Date(Date.UTC(2025, 10 + index, 1));
  return date.toISOString().slice(0, 7);
});
const iterations = 20;
const warmUps = 3;

/**
 * The tracker grid at Leicestershire's scale (004 Background: about 600 children in care): 600 tracked young
 * people, 40 workers, 13 months of ratings, on SQLite through `getTrackerGrid` (three queries and 600 audit
 * rows a view). The baseline is the same store's read of one panel, measured in the same run.
 */
export async function run(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), "convenor-tracker-bench-"));
  const opened = await createStore({ sqlitePath: join(directory, "bench.sqlite") });
  try {
    await seed(opened.store);
    const deps = { store: opened.store, clock: new FixedClock("2026-11-20T09:00:00Z") };
    const actor = { personId: "chair", channel: "bench", origin: null, correlationId: null };
    const grid = () => getTrackerGrid(deps, actor, "hrp");
    const baseline = () => opened.store.read((tx) => tx.panels.get("hrp"));
    const gridMs = await timed(grid);
    const baselineMs = await timed(baseline);
    const rows = await grid();
    console.log(
      `rows ${rows.ok ? rows.value.rows.length : "failed"}, months ${rows.ok ? rows.value.months.length : 0}`,
    );
    console.log(
      `grid p50 ${gridMs.toFixed(1)} ms; baseline (one panel read) p50 ${baselineMs.toFixed(2)} ms; ratio ${(gridMs / baselineMs).toFixed(0)}x`,
    );
  } finally {
    await opened.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < warmUps; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

async function seed(store: Store): Promise<void> {
  const panel = aPanel("cic-hrp", { id: "hrp" });
  const chair = aPerson({ id: "chair" });
  const people = Array.from({ length: workers }, (_, i) =>
    aPerson({ id: `worker-${i}`, displayName: `Worker ${i}` }),
  );
  await store.transaction(async (tx) => {
    await tx.panels.upsert(panel);
    for (const person of [chair, ...people]) await tx.people.upsert(person);
    await tx.panels.setMembers(panel.id, [aMembership(panel, chair, ["chair"])]);
    for (let i = 0; i < youngPeople; i += 1) {
      const child = aChild({
        id: `yp-${i}`,
        givenName: `Given${i}`,
        familyName: `Family${i}`,
        dateOfBirth: `20${10 + (i % 2)}-0${1 + (i % 9)}-1${i % 10}`,
        lookedAfter: true,
      });
      await tx.children.insert(child);
      await tx.caseload.upsert({
        panelId: panel.id,
        childId: child.id,
        workerId: `worker-${i % workers}`,
        team: `Team ${i % 8}`,
      });
      for (const [m, month] of months.entries()) {
        const areas = Object.fromEntries(
          ragAreas.map((area, a) => [area, (["red", "amber", "green"] as const)[(i + m + a) % 3]]),
        ) as Record<RagArea, Rag>;
        await tx.ratings.upsertEntry({
          panelId: panel.id,
          childId: child.id,
          month,
          ratedById: `worker-${i % workers}`,
          areas,
          complete: true,
          submittedAt: null,
        });
      }
    }
  });
}
