import { describe, expect, it } from "vitest";
import { useLocalApiService } from "@convenor/server/testing";
import { seriousAccessibilityProblems } from "./support/browser.js";
import { useTabBrowser } from "./support/tab-browser.js";

/** Chromium, axe-core and the service share a busy machine: more than vitest's 30 s default. */
const slowMachine = 90_000;

describe("the data protection page in the Teams tab, in headless Chromium", () => {
  const { service, call } = useLocalApiService("convenor-tab-data-protection-");
  const openTab = useTabBrowser(() => service().url);

  it(
    "lets the data protection officer see who saw a young person, download the archive and record a breach",
    async () => {
      // Helen Carter, the High Risk Panel's chair, reads the tracker: c-08 is on it.
      expect((await call("GET", "/api/panels/panel-hrp/tracker", "p-cic-manager")).status).toBe(200);
      const page = await openTab("Nadia Hussain", "");
      await page.getByRole("link", { name: "Data protection" }).click();
      await page.getByRole("heading", { name: "Data protection", level: 1 }).waitFor();
      await page.getByLabel("Case reference or child id").fill("c-08");
      await page.getByRole("button", { name: "Who saw this child" }).click();
      const table = page.getByRole("table", { name: /accesses$/ });
      await table.waitFor();
      const helen = table
        .getByRole("row")
        .filter({ hasText: "Helen Carter" })
        .filter({ hasText: "tracker.viewed" });
      expect(await helen.first().innerText()).toContain("API");
      expect(page.url()).not.toContain("c-08");

      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download subject access archive (.zip)" }).click();
      expect((await download).suggestedFilename()).toBe("subject-access-c-08.zip");

      await page.getByLabel("What happened").fill("The red list was forwarded to a personal mailbox.");
      await page.getByLabel("Reported by").fill("Panel coordinator");
      await page.getByRole("button", { name: "Record suspected breach" }).click();
      await page.getByText("Suspected breach recorded, with who saw the child in the period.").waitFor();
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.context().close();
    },
    slowMachine,
  );

  it(
    "shows no data protection section to anyone else",
    async () => {
      const page = await openTab("Morag Chalmers", "");
      await page.getByRole("link", { name: "Meetings" }).waitFor();
      expect(await page.getByRole("link", { name: "Data protection" }).count()).toBe(0);
      await page.context().close();
    },
    slowMachine,
  );
});
