// The panel reports at Leicestershire's scale: 600 young people with 13 months of tracker ratings on the High
// Risk Panel, and 2,000 referrals over the year across three panels, on a fresh service in local mode (SQLite,
// a temporary DATA_DIR). Prints each report's API time (median of several runs) against a baseline measured in
// the same run (`GET /api/me`), and the time from navigation to the tab's reports page showing every table and
// chart in headless Chromium, against the panel's meetings page opened the same way. The 300 ms (API) and 1 s
// (page) targets are printed for reading, not enforced.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { ragAreas, shanarriIndicators, type Rag, type RagArea, type ReferralState } from "@convenor/shared";
import { createLogger, loadConfig, startService, type RunningService } from "@convenor/server";
import { demoPeople } from "@convenor/server/local";
import type { Page } from "playwright-core";
import { launchChromium } from "../e2e/support/browser.js";

const youngPeople = 600;
const referralsPerYear = 2_000;
const referralPanels = ["panel-isg", "panel-lcjst", "panel-icsmg"];
const schools = [
  "Millburn Academy",
  "Hill Primary",
  "Castle High",
  "Riverside Primary",
  "St Ninian's",
  "Kirk Academy",
];
const agencies = ["education", "health", "social-work", "police", "other"];
const states: ReferralState[] = ["submitted", "accepted", "declined", "scheduled", "decided", "closed"];
const apiRuns = 15;
const pageRuns = 5;

const monthsTo = (now: Date, count: number) =>
  Array.from({ length: count }, (_, index) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - count + 1 + index, 1))
      .toISOString()
      .slice(0, 7),
  );

async function seedScale(service: RunningService, now: Date): Promise<void> {
  const months = monthsTo(now, 13);
  const batch = 100;
  for (let start = 0; start < youngPeople; start += batch) {
    await service.deps.store.transaction(async (tx) => {
      for (let i = start; i < start + batch; i += 1) {
        const childId = `bench-child-${i}`;
        await tx.caseload.upsert({
          panelId: "panel-hrp",
          childId,
          workerId: "p-sw",
          team: "Children in Care Team 1",
        });
        for (const [monthIndex, month] of months.entries()) {
          const areas = Object.fromEntries(
            ragAreas.map((area, areaIndex): [RagArea, Rag] => {
              const pattern = (i * 7 + monthIndex * 3 + areaIndex * 5) % 13;
              return [area, pattern < 2 ? "red" : pattern < 6 ? "amber" : "green"];
            }),
          ) as Record<RagArea, Rag>;
          await tx.ratings.upsert({ panelId: "panel-hrp", childId, month, ratedById: "p-sw", areas });
        }
      }
    });
  }
  const year = monthsTo(now, 12);
  for (let start = 0; start < referralsPerYear; start += batch) {
    await service.deps.store.transaction(async (tx) => {
      for (let i = start; i < start + batch; i += 1) {
        const createdAt = `${year[i % 12]!}-${String((i % 27) + 1).padStart(2, "0")}T10:00:00.000Z`;
        await tx.referrals.insert({
          id: `bench-referral-${i}`,
          panelId: referralPanels[i % referralPanels.length]!,
          reference: null,
          state: states[i % states.length]!,
          childId: `bench-child-${i % youngPeople}`,
          referrerId: "p-teacher",
          urgency: "routine",
          form: {
            "child.school": schools[i % schools.length],
            "referrer.agency": agencies[i % agencies.length],
            shanarri: [shanarriIndicators[i % 8], shanarriIndicators[(i + 3) % 8]],
          },
          meetingId: null,
          retrospective: false,
          createdAt,
          updatedAt: createdAt,
          version: 1,
          history: [],
        });
      }
    });
  }
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number): string => `${value.toFixed(0)} ms`;

async function timeApi(url: string, token: string): Promise<number> {
  const times: number[] = [];
  for (let n = 0; n < apiRuns + 2; n += 1) {
    const began = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    await response.text();
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    if (n >= 2) times.push(performance.now() - began);
  }
  return median(times);
}

/** Milliseconds from navigation start until `ready` holds, read by the page itself at each frame. */
async function openAndTime(page: Page, url: string, ready: string): Promise<number> {
  await page.goto("about:blank");
  await page.goto(url);
  const handle = await page.waitForFunction(`(${ready}) ? performance.now() : false`, undefined, {
    polling: "raf",
    timeout: 60_000,
  });
  return (await handle.jsonValue()) as number;
}

/** Every report's tables (6 + 1 + 1 + 3) with a chart each. */
const reportsShown = `document.querySelectorAll("main table").length >= 11 && document.querySelectorAll("main canvas").length >= 11`;
const meetingsShown = `document.querySelector("table[aria-label^=\\"The panel's\\"] tbody tr")`;

export async function run(): Promise<void> {
  if (!existsSync(new URL("../../tab/dist/index.html", import.meta.url))) {
    throw new Error("The tab is not built: run `npm run build` first (`npm run bench` does).");
  }
  const dataDir = mkdtempSync(join(tmpdir(), "convenor-bench-reports-"));
  const service = await startService(
    loadConfig({ DATA_DIR: dataDir, PORT: "0" }),
    createLogger({ level: "silent" }),
    { playground: false, graphSandbox: false },
  );
  const browser = await launchChromium();
  try {
    const now = new Date();
    const seeding = performance.now();
    await seedScale(service, now);
    console.log(
      `seeded ${youngPeople} young people x 13 months of ratings and ${referralsPerYear} referrals in ${ms(performance.now() - seeding)}`,
    );
    const coordinator = demoPeople.find((person) => person.id === "p-coord")!;
    const token = await service.localIssuer!.issueToken(coordinator);
    const year = monthsTo(now, 12);
    const period = `from=${year[0]}&to=${year[11]}`;
    const baseline = await timeApi(`${service.url}/api/me`, token);
    console.log(`baseline: GET /api/me, median ${ms(baseline)} (${apiRuns} runs)`);
    for (const [panelId, kind] of [
      ["panel-isg", "minimum-data-set"],
      ["panel-isg", "unmet-need"],
      ["panel-isg", "placements"],
      ["panel-hrp", "high-risk-trends"],
    ] as const) {
      const time = await timeApi(`${service.url}/api/panels/${panelId}/reports/${kind}?${period}`, token);
      console.log(
        `API ${kind} (${panelId}): median ${ms(time)}, ${(time / baseline).toFixed(2)}x the baseline; target < 300 ms`,
      );
    }

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${service.url}/tab/`);
    await page.getByRole("button", { name: new RegExp(coordinator.displayName) }).click();
    await page.getByRole("link", { name: "Reports" }).waitFor({ timeout: 60_000 });
    const reportsUrl = `${service.url}/tab/#/panels/panel-hrp/reports`;
    const meetingsUrl = `${service.url}/tab/#/panels/panel-hrp/meetings`;
    await openAndTime(page, reportsUrl, reportsShown); // warm the caches as a second visit would
    await openAndTime(page, meetingsUrl, meetingsShown);
    const reports: number[] = [];
    const meetings: number[] = [];
    for (let n = 0; n < pageRuns; n += 1) {
      meetings.push(await openAndTime(page, meetingsUrl, meetingsShown));
      reports.push(await openAndTime(page, reportsUrl, reportsShown));
    }
    console.log(
      `baseline: the panel's meetings page, navigation to its table: median ${ms(median(meetings))}`,
    );
    console.log(
      `reports page, navigation to every table and chart: median ${ms(median(reports))} ` +
        `(min ${ms(Math.min(...reports))}, max ${ms(Math.max(...reports))}), ` +
        `${(median(reports) / median(meetings)).toFixed(2)}x the meetings page; target < 1000 ms`,
    );
    await context.close();
  } finally {
    await browser.close();
    await service.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
