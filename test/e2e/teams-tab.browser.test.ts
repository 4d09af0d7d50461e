import { existsSync } from "node:fs";
import { type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useLocalApiService } from "@convenor/server/testing";
import { launchChromium, seriousAccessibilityProblems } from "./support/browser.js";

describe("the Teams tab in local mode, in headless Chromium", () => {
  const { service } = useLocalApiService("convenor-tab-");
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(new URL("../../tab/dist/index.html", import.meta.url))) {
      throw new Error("The tab is not built: run `npm run build` first (npm test does).");
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function signIn(personaName: string): Promise<Page> {
    // A context of its own (axe needs one): nothing a previous test signed in stays in sessionStorage.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${service().url}/tab/`);
    await page.getByRole("button", { name: new RegExp(personaName) }).click();
    await page.getByRole("heading", { level: 1, name: "What needs me" }).waitFor();
    return page;
  }

  it("shows the chair what needs them: the referrals to screen, urgent first, with no serious accessibility problem", async () => {
    const page = await signIn("Morag Chalmers");
    await expect.poll(() => page.getByText("Signed in as Morag Chalmers").count()).toBe(1);
    const toScreen = page.getByRole("table", { name: "Referrals to screen" });
    await toScreen.waitFor();
    const firstRow = toScreen.getByRole("row").nth(1);
    expect(await firstRow.innerText()).toMatch(/ICSMG-\d{4}-\d{4}[\s\S]*Urgent/);
    expect(
      await page.getByRole("navigation", { name: "Convenor sections" }).getByRole("link").allInnerTexts(),
    ).toEqual([
      "Home",
      "My referrals",
      "Screening queue",
      "Meetings",
      "Schedule a meeting",
      "Data protection",
      "Reports",
    ]);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });

  it("takes the chair through the screening queue to a referral's screening detail, by id in the address only", async () => {
    const page = await signIn("Morag Chalmers");
    await page.getByRole("navigation").getByRole("link", { name: "Screening queue" }).click();
    await page.getByRole("heading", { level: 1, name: "Screening queue" }).waitFor();
    const queue = page.getByRole("table", { name: "Referrals waiting for screening" });
    await queue.waitFor();
    expect(await queue.getByRole("row").count()).toBeGreaterThan(1);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    const reference = (await queue.getByRole("row").nth(1).getByRole("link").innerText()).trim();
    await queue.getByRole("link", { name: reference }).click();
    await page.getByRole("heading", { level: 1, name: `Screening ${reference}` }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Meetings it could go to" }).waitFor();
    expect(await page.getByText("Convenor records that you opened it").count()).toBe(1);
    expect(page.url()).toMatch(/#\/queue\/[A-Za-z0-9_-]+$/);
    const childName = await page.locator("dt:text-is('Child') + dd").innerText();
    expect(childName.length).toBeGreaterThan(0);
    expect(decodeURIComponent(page.url())).not.toContain(childName.split(" ")[0]);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });

  it("lists a referrer's own referrals and opens one with its history", async () => {
    const page = await signIn("Daniel Okafor");
    await page.getByRole("navigation").getByRole("link", { name: "My referrals" }).click();
    const mine = page.getByRole("table", { name: "My referrals" });
    await mine.waitFor();
    expect(await mine.getByRole("row").count()).toBeGreaterThan(1);
    await mine.getByRole("row").nth(1).getByRole("link").click();
    await page.getByRole("heading", { level: 2, name: "History" }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });

  it("shows a panel member no screening queue, and what needs them", async () => {
    const page = await signIn("Sgt Ewan Munro");
    await expect.poll(() => page.getByText("Signed in as Sgt Ewan Munro").count()).toBe(1);
    // He sits on the High Risk Panel, so the tracker is one of his sections once his panels have loaded.
    await expect
      .poll(() =>
        page.getByRole("navigation", { name: "Convenor sections" }).getByRole("link").allInnerTexts(),
      )
      .toEqual(["Home", "My referrals", "Meetings", "Tracker"]);
    expect(await page.getByRole("heading", { name: "Referrals to screen" }).count()).toBe(0);
    await page.getByRole("heading", { level: 2, name: "Your referrals waiting for you" }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });

  it("outside Teams, with Teams sign-in, says to open the tab from Teams instead of waiting", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    // The service answers `teams` when it validates Entra ID tokens; local mode would offer the personas.
    await page.route("**/tab/config.json", (route) => route.fulfill({ json: { signIn: "teams" } }));
    await page.goto(`${service().url}/tab/`);
    await page.getByText("open it from the Convenor app in Teams").waitFor();
    expect(await page.getByRole("button", { name: /Morag Chalmers/ }).count()).toBe(0);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await context.close();
  });

  it("answers an address that names no view with a way home", async () => {
    const page = await signIn("Sgt Ewan Munro");
    await page.goto(`${service().url}/tab/#/referrals/not an id`);
    await page.getByRole("heading", { level: 1, name: "Nothing here" }).waitFor();
    await page.getByRole("link", { name: "Go to what needs you" }).click();
    await page.getByRole("heading", { level: 1, name: "What needs me" }).waitFor();
    await page.context().close();
  });
});
