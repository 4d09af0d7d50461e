import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser.js";

/**
 * Headless Chromium for a suite of the Teams tab: launched before the suite (the tab must be built), closed
 * after. `signIn` opens the tab at `hash` in a context of its own (nothing a previous test signed in stays in
 * sessionStorage; axe needs one) and chooses the local persona.
 */
export function useTabBrowser(serviceUrl: () => string, options: { viewportWidth?: number } = {}) {
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(new URL("../../../tab/dist/index.html", import.meta.url))) {
      throw new Error("The tab is not built: run `npm run build` first (npm test does).");
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  return async function signIn(personaName: string, hash = ""): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: options.viewportWidth ?? 1280, height: 900 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${serviceUrl()}/tab/${hash}`);
    await page.getByRole("button", { name: new RegExp(personaName) }).click();
    return page;
  };
}
