import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, loadConfig, startService, type RunningService } from "@convenor/server";
import { launchChromium, seriousAccessibilityProblems } from "./support/browser.js";

const chair = { id: "p-chair", email: "morag.chalmers@convenor.test" };
const icsmg = "ICSMG Inverness, Nairn, Badenoch & Strathspey";
const external = "Sam Patel";

describe("the Outlook add-in in the local Outlook harness, in headless Chromium", () => {
  let dataDir = "";
  let service: RunningService;
  let browser: Browser;
  const requested: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "convenor-addin-"));
    service = await startService(
      loadConfig({ DATA_DIR: dataDir, PORT: "0", GRAPH_SANDBOX_PORT: "0" }),
      createLogger({ level: "silent" }),
      { playground: false },
    );
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Busy periods in the chair's calendar over the next 60 days: each event made there adds one. */
  async function chairsBusyPeriods(): Promise<number> {
    const start = new Date();
    start.setUTCHours(0, 0, 0, 0);
    const answer = await service.graph!.calendar.freeBusy({
      asUser: chair.email,
      people: [chair.email],
      start: start.toISOString(),
      end: new Date(start.getTime() + 60 * 24 * 60 * 60_000).toISOString(),
    });
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value.people[0]!.busy.length;
  }

  it("the ICSMG chair picks a slot (the external member shown as unknown), the appointment is filled, Send makes one Teams event", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on("request", (request) => requested.push(request.url()));
    const busyBefore = await chairsBusyPeriods();

    await page.goto(`${service.url}/outlook/harness.html`);
    await page.getByLabel("Signed in to Outlook as").selectOption(chair.id);
    const pane = page.frameLocator('iframe[title="Convenor task pane"]');
    await pane.getByRole("button", { name: `Sign in as ${chair.email}` }).click();
    await pane.getByLabel("Panel to schedule").selectOption({ label: icsmg });

    const grid = pane.getByRole("table", { name: "Who is free at each slot" });
    const externalRow = grid.getByRole("row", { name: new RegExp(external) });
    await externalRow.waitFor();
    const externalCells = await externalRow.getByRole("cell").allTextContents();
    expect(externalCells.length).toBeGreaterThan(0);
    for (const cell of externalCells) expect(cell).toMatch(/Unknown$/);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await pane
      .getByRole("button", { name: /^Use this slot: / })
      .first()
      .click();
    await pane.getByRole("heading", { name: "Meeting arranged" }).waitFor();

    // The appointment in the harness's form was filled through the Office.js subset.
    expect(await page.getByLabel("Subject").inputValue()).toBe(`${icsmg} meeting`);
    const attendees = await page.getByLabel("Required attendees").inputValue();
    expect(attendees).toContain("sam.patel@partner.example");
    expect(attendees).not.toContain(chair.email);
    expect(await page.getByLabel("Body (HTML)").inputValue()).toMatch(/\/tab\/#\/meetings\/[A-Za-z0-9_-]+/);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByRole("button", { name: "Send" }).click();
    const sent = page.getByText(/^Sent\. Event /);
    await sent.waitFor();
    const eventId = /Event (\S+)\./.exec((await sent.textContent()) ?? "")?.[1];
    expect(eventId).toBeTruthy();
    await page.getByRole("link", { name: "Teams meeting link" }).waitFor();

    const event = await service.graph!.calendar.getMeeting(chair.email, eventId!);
    expect(event.ok && event.value).toMatchObject({ subject: `${icsmg} meeting`, cancelled: false });
    expect(event.ok && event.value?.joinUrl).toMatch(/^http/);
    expect(await chairsBusyPeriods()).toBe(busyBefore + 1);

    // Opened again on the saved meeting, the pane shows the meeting: when, its deadlines, its agenda.
    await page.getByRole("button", { name: "Reopen Convenor" }).click();
    await pane.getByRole("button", { name: `Sign in as ${chair.email}` }).click();
    await pane.getByRole("heading", { name: icsmg }).waitFor();
    await pane.getByRole("list", { name: "Deadlines" }).waitFor();
    await pane.getByRole("heading", { name: "Agenda and papers" }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    // Nothing was fetched from outside: office.js comes from the harness, not a CDN.
    const origins = new Set(requested.map((url) => new URL(url).origin));
    expect([...origins]).toEqual([new URL(service.url).origin]);
    await context.close();
  });
});
