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
      await page.getByText("As the data protection officer you see every access").waitFor();
      await page.getByLabel("Case reference or child id").fill("c-08");
      await page.getByRole("button", { name: "Who saw this child" }).click();
      const table = page.getByRole("table", { name: /accesses$/ });
      await table.waitFor();
      const helen = table
        .getByRole("row")
        .filter({ hasText: "Helen Carter" })
        .filter({ hasText: "Opened the tracker" });
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
    "shows a panel's chair their scope, who saw a young person of their panel, and no archive; refuses another child",
    async () => {
      // Helen Carter chairs the High Risk Panel only: c-08 is on its red list, c-02 was never at it.
      expect((await call("GET", "/api/panels/panel-hrp/tracker", "p-cic-manager")).status).toBe(200);
      const page = await openTab("Helen Carter", "");
      await page.getByRole("link", { name: "Data protection" }).click();
      await page.getByRole("heading", { name: "Data protection", level: 1 }).waitFor();
      const scope = page.getByRole("region", { name: "What you see as a chair" });
      expect(await scope.getByRole("listitem").allInnerTexts()).toEqual(["Children in Care High Risk Panel"]);
      expect(await scope.innerText()).toContain("The data protection officer sees every panel's part");

      await page.getByLabel("Case reference or child id").fill("c-02");
      await page.getByRole("button", { name: "Who saw this child" }).click();
      await page
        .getByText(
          "Only the data protection officer, or the chair of a panel that had this child, can do this.",
        )
        .waitFor();
      expect(await page.getByRole("table").count()).toBe(0);

      await page.getByLabel("Case reference or child id").fill("c-08");
      await page.getByRole("button", { name: "Who saw this child" }).click();
      await page.getByRole("heading", { name: /^Who saw child c-08 at the panels you chair/ }).waitFor();
      const table = page.getByRole("table", { name: /accesses$/ });
      const helen = table
        .getByRole("row")
        .filter({ hasText: "Helen Carter" })
        .filter({ hasText: "Opened the tracker" });
      expect(await helen.first().innerText()).toContain("API");
      expect(await page.getByRole("button", { name: /subject access archive/ }).count()).toBe(0);

      await page.getByLabel("What happened").fill("A tracker export was left on a shared drive.");
      await page.getByLabel("Reported by").fill("Practice Manager");
      await page.getByRole("button", { name: "Record suspected breach" }).click();
      await page.getByText("Suspected breach recorded, with who saw the child in the period.").waitFor();
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.context().close();
    },
    slowMachine,
  );

  it(
    "shows no data protection section to someone who is neither the officer nor a chair",
    async () => {
      const page = await openTab("Aileen MacLeod", "");
      await page.getByRole("link", { name: "Meetings" }).waitFor();
      expect(await page.getByRole("link", { name: "Data protection" }).count()).toBe(0);
      await page.context().close();
    },
    slowMachine,
  );
});
