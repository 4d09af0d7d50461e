// The High Risk Panel's tracker grid in the Teams tab at Leicestershire's scale: 600 young people, 12 months,
// 5 areas, on a fresh service in local mode (SQLite, a temporary DATA_DIR). Opens the grid in headless Chromium
// as the panel's chair and prints the time from navigation to the grid's first screen of rows and to all 600
// rows (measured inside the page, from navigation start), the median of several runs, with the ratio to the
// panel's meetings page opened the same way in the same run (same shell, sign-in and requests, a small table).
// Also the API's time for the grid request alone. The < 1 s target is printed for reading, not enforced.
import { existsSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { ragAreas, type Rag, type RagArea } from "@convenor/shared";
import { createLogger, loadConfig, startService, type RunningService } from "@convenor/server";
import { demoPeople } from "@convenor/server/local";
import type { CDPSession, Page } from "playwright-core";
import { launchChromium } from "../e2e/support/browser.js";

const youngPeople = 600;
const workers = ["p-sw", "p-sw-north", "p-sw-locality"];
const teams = [
  "Children in Care Team 1",
  "Children in Care Team 2",
  "Children in Care Team 3",
  "Locality Team",
];
const panelId = "panel-hrp";
const runs = 7;
const apiRuns = 15;
const targetMs = 1_000;
/** The grid renders this many rows at once (`firstRows` in tab/src/components/tracker-grid.tsx), then the rest. */
const firstScreenRows = 30;

const familyNames = [
  "Patel",
  "Smith",
  "Jones",
  "Khan",
  "Taylor",
  "Brown",
  "Wilson",
  "Evans",
  "Walker",
  "Hughes",
];

/** A year of ratings for 600 looked-after young people of tracker age, each with a worker and a team. */
async function seedScale(service: RunningService, now: Date): Promise<void> {
  const months = Array.from({ length: 13 }, (_, index) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 12 + index, 1)).toISOString().slice(0, 7),
  );
  const batch = 100;
  for (let start = 0; start < youngPeople; start += batch) {
    await service.deps.store.transaction(async (tx) => {
      for (let i = start; i < start + batch; i += 1) {
        const child = await tx.children.findOrInsert({
          id: `bench-child-${i}`,
          givenName: `Bench${i}`,
          familyName: familyNames[i % familyNames.length]!,
          dateOfBirth: `2010-${String((i % 12) + 1).padStart(2, "0")}-15`,
          school: "Bench Academy",
          locality: "Leicester",
          lookedAfter: true,
        });
        const workerId = workers[i % workers.length]!;
        await tx.caseload.upsert({ panelId, childId: child.id, workerId, team: teams[i % teams.length]! });
        for (const [monthIndex, month] of months.entries()) {
          const areas = Object.fromEntries(
            ragAreas.map((area, areaIndex): [RagArea, Rag] => {
              const pattern = (i * 7 + monthIndex * 3 + areaIndex * 5) % 13;
              return [area, pattern === 0 ? "red" : pattern < 6 ? "amber" : "green"];
            }),
          ) as Record<RagArea, Rag>;
          await tx.ratings.upsert({ panelId, childId: child.id, month, ratedById: workerId, areas });
        }
      }
    });
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** The renderer's busy time by kind (Chrome DevTools Protocol `Performance` metrics), in milliseconds. */
type Busy = { script: number; layout: number; style: number };

async function busy(cdp: CDPSession): Promise<Busy> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const of = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return { script: of("ScriptDuration"), layout: of("LayoutDuration"), style: of("RecalcStyleDuration") };
}

/**
 * Milliseconds from navigation start until `ready` holds in the page, read by the page itself at each frame,
 * and the renderer's script, layout and style time meanwhile.
 */
async function openAndTime(page: Page, cdp: CDPSession, url: string, ready: string): Promise<[number, Busy]> {
  await page.goto("about:blank");
  const before = await busy(cdp);
  await page.goto(url);
  const handle = await page.waitForFunction(`(${ready}) ? performance.now() : false`, undefined, {
    polling: "raf",
    timeout: 60_000,
  });
  const elapsed = (await handle.jsonValue()) as number;
  const after = await busy(cdp);
  return [
    elapsed,
    {
      script: after.script - before.script,
      layout: after.layout - before.layout,
      style: after.style - before.style,
    },
  ];
}

const gridRows = `document.querySelectorAll("[data-testid=tracker-grid] tbody tr").length`;
const trackerFirstScreen = `${gridRows} >= ${firstScreenRows}`;
const trackerComplete = `${gridRows} >= ${youngPeople} && document.querySelector("[data-testid=tracker-grid][aria-busy=false]")`;
const meetingsShown = `document.querySelector("table[aria-label^=\\"The panel's\\"] tbody tr")`;

export async function run(): Promise<void> {
  if (!existsSync(new URL("../../tab/dist/index.html", import.meta.url))) {
    throw new Error("The tab is not built: run `npm run build` first (`npm run bench` does).");
  }
  const dataDir = mkdtempSync(join(tmpdir(), "convenor-bench-tracker-"));
  const service = await startService(
    loadConfig({ DATA_DIR: dataDir, PORT: "0" }),
    createLogger({ level: "silent" }),
    { playground: false, graphSandbox: false },
  );
  const browser = await launchChromium();
  try {
    const seeding = performance.now();
    await seedScale(service, new Date());
    console.log(
      `seeded ${youngPeople} young people x 13 months x 5 areas in ${ms(performance.now() - seeding)}`,
    );

    const chair = demoPeople.find((person) => person.id === "p-cic-manager")!;
    const token = await service.localIssuer!.issueToken(chair);
    const gridPath = `${service.url}/api/panels/${panelId}/tracker`;
    const apiTimes: number[] = [];
    let rows = 0;
    let bytes = 0;
    for (let n = 0; n < apiRuns + 2; n += 1) {
      const began = performance.now();
      const response = await fetch(gridPath, { headers: { authorization: `Bearer ${token}` } });
      const text = await response.text();
      if (n >= 2) apiTimes.push(performance.now() - began);
      rows = ((JSON.parse(text) as { rows?: unknown[] }).rows ?? []).length;
      bytes = Buffer.byteLength(text);
    }
    console.log(
      `API GET /api/panels/${panelId}/tracker: ${rows} rows, ${(bytes / 1024).toFixed(0)} KB of JSON, median ${ms(median(apiTimes))} (${apiRuns} runs)`,
    );

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${service.url}/tab/`);
    await page.getByRole("button", { name: new RegExp(chair.displayName) }).click();
    await page.getByRole("link", { name: "Tracker" }).waitFor({ timeout: 60_000 });
    const trackerUrl = `${service.url}/tab/#/panels/${panelId}/tracker`;
    const meetingsUrl = `${service.url}/tab/#/panels/${panelId}/meetings`;

    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const first: number[] = [];
    const complete: number[] = [];
    const completeBusy: Busy[] = [];
    const meetings: number[] = [];
    await openAndTime(page, cdp, trackerUrl, trackerComplete); // warm the caches as a second visit would
    await openAndTime(page, cdp, meetingsUrl, meetingsShown);
    for (let n = 0; n < runs; n += 1) {
      meetings.push((await openAndTime(page, cdp, meetingsUrl, meetingsShown))[0]);
      first.push((await openAndTime(page, cdp, trackerUrl, trackerFirstScreen))[0]);
      const [elapsed, spent] = await openAndTime(page, cdp, trackerUrl, trackerComplete);
      complete.push(elapsed);
      completeBusy.push(spent);
    }
    const baseline = median(meetings);
    const report = (label: string, values: number[]) =>
      console.log(
        `${label}: median ${ms(median(values))} (min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))}), ` +
          `${(median(values) / baseline).toFixed(2)}x the meetings page; target < ${ms(targetMs)}`,
      );
    console.log(
      `baseline: the panel's meetings page, navigation to its table: median ${ms(baseline)} (${runs} runs)`,
    );
    report(`tracker grid, navigation to the first ${firstScreenRows} rows`, first);
    report(`tracker grid, navigation to all ${youngPeople} rows`, complete);
    console.log(
      `  the renderer's busy time to all rows, medians: script ${ms(median(completeBusy.map((b) => b.script)))}, ` +
        `style ${ms(median(completeBusy.map((b) => b.style)))}, layout ${ms(median(completeBusy.map((b) => b.layout)))}`,
    );
    await context.close();
  } finally {
    await browser.close();
    await service.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;
