import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useLocalApiService } from "@convenor/server/testing";
import { seriousAccessibilityProblems } from "./support/browser.js";
import { useTabBrowser } from "./support/tab-browser.js";

const agenciesTable = (page: Page) => page.getByRole("table", { name: "Referrals by referrer's agency" });

/** Chromium, axe-core and the service share a busy machine: more than vitest's 30 s default. */
const slowMachine = 90_000;

describe("a panel's reports in the Teams tab, in headless Chromium", () => {
  const { service } = useLocalApiService("convenor-tab-reports-");
  const openTab = useTabBrowser(() => service().url, { viewportWidth: 1400 });

  it(
    "shows the coordinator each report as a chart with its numbers in a table beside it, and as CSV",
    async () => {
      const page = await openTab("Iain Robertson", "#/panels/panel-isg/reports");
      await page.getByRole("heading", { name: "Reports" }).waitFor();
      expect(await page.getByRole("link", { name: "Reports" }).count()).toBe(1);
      for (const heading of ["Minimum data set", "Unmet need register", "Purchased placements"]) {
        await page.getByRole("heading", { name: heading }).waitFor();
      }
      for (const heading of ["High Risk Panel trends", "Strategic review"]) {
        expect(await page.getByRole("heading", { name: heading }).count()).toBe(0);
      }
      // Months read as people write them.
      await agenciesTable(page)
        .getByRole("cell", { name: /^[A-Z][a-z]{2} \d{4}$/ })
        .first()
        .waitFor();
      const agencies = agenciesTable(page);
      await agencies.waitFor();
      expect(await agencies.getByRole("row").count()).toBe(1 + 12 + 1);
      // The demo's year of history gives numbers; an agency's few referrals in a month show as "<5", never as the count.
      expect(await agencies.getByRole("cell", { name: /^([5-9]|\d{2,})$/ }).count()).toBeGreaterThan(0);
      expect(await agencies.getByRole("cell", { name: "<5" }).count()).toBeGreaterThan(0);
      await page
        .getByRole("img", {
          name: "Chart: Referrals by referrer's agency. The numbers are in the table beside it.",
        })
        .waitFor();

      const csvLink = page.getByRole("link", { name: "Download minimum data set as CSV" });
      expect(await csvLink.getAttribute("download")).toMatch(
        /^panel-isg-minimum-data-set-\d{4}-\d{2}-to-\d{4}-\d{2}\.csv$/,
      );
      const csv = await page.evaluate(
        async (href) => (await fetch(href!)).text(),
        await csvLink.getAttribute("href"),
      );
      expect(csv).toContain("Referrals by referrer's agency");
      expect(csv).toContain("<5");

      expect(await page.getByText("Could not load").count()).toBe(0);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      // The High Risk Panel reports its trends, not referrals or placements.
      await page.getByRole("combobox", { name: "Panel" }).selectOption("panel-hrp");
      await page.getByRole("table", { name: "Red ratings by area" }).waitFor();
      for (const heading of ["Minimum data set", "Purchased placements"]) {
        expect(await page.getByRole("heading", { name: heading }).count()).toBe(0);
      }
      expect(await page.getByRole("button", { name: "June annual report period" }).count()).toBe(0);

      // The CIN review panel's minimum data set counts its year of case reviews.
      await page.getByRole("combobox", { name: "Panel" }).selectOption("panel-cin");
      const reviews = page.getByRole("table", { name: "Case reviews by outcome" });
      await reviews
        .getByRole("cell", { name: /^([5-9]|\d{2,})$/ })
        .first()
        .waitFor();
      expect(await reviews.getByRole("cell", { name: "<5" }).count()).toBeGreaterThan(0);
      await page.context().close();
    },
    slowMachine,
  );

  it(
    "shows a strategic group's coordinator its progress table across meetings, and none of the case reports",
    async () => {
      const page = await openTab("Iain Robertson", "#/panels/panel-icsp/reports");
      await page.getByRole("heading", { name: "Strategic review" }).waitFor();
      const progress = page.getByRole("table", { name: "Outcome-indicator progress across periods" });
      await progress.waitFor();
      // Two header rows (the meeting dates over their columns), then one row per indicator.
      expect(await progress.getByRole("row").count()).toBeGreaterThan(2 + 3);
      await progress.getByRole("columnheader", { name: "Latest" }).waitFor();
      await progress.getByRole("cell", { name: "Fewer exclusions from school" }).waitFor();
      await page.getByText(/The minute of the meeting on .+ is not agreed yet/).waitFor();
      for (const heading of ["Minimum data set", "Unmet need register", "High Risk Panel trends"]) {
        expect(await page.getByRole("heading", { name: heading }).count()).toBe(0);
      }
      const csvLink = page.getByRole("link", { name: "Download strategic review as CSV" });
      const csv = await page.evaluate(
        async (href) => (await fetch(href!)).text(),
        await csvLink.getAttribute("href"),
      );
      expect(csv).toContain("Outcome,Indicator,Half-year data,Work undertaken");

      expect(await page.getByText("Could not load").count()).toBe(0);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.context().close();
    },
    slowMachine,
  );

  it(
    "offers a panel member no reports, and says why when they open the address",
    async () => {
      const page = await openTab("Sgt Ewan Munro", "#/panels/panel-isg/reports");
      await page.getByRole("heading", { name: "Reports" }).waitFor();
      expect(await page.getByRole("link", { name: "Reports" }).count()).toBe(0);
      await page.getByText("Only the panel's chair or coordinator can see its reports.").first().waitFor();
      await page.context().close();
    },
    slowMachine,
  );
});
