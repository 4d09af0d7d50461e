import { describe, expect, it } from "vitest";
import { useLocalApiService } from "@convenor/server/testing";
import { seriousAccessibilityProblems } from "./support/browser.js";
import { useTabBrowser } from "./support/tab-browser.js";

/** Chromium, axe-core and the service share a busy machine: more than vitest's 30 s default. */
const slowMachine = 90_000;

describe("third-sector capacity refusals in the Teams tab, in headless Chromium", () => {
  const { service } = useLocalApiService("convenor-tab-capacity-refusals-");
  const openTab = useTabBrowser(() => service().url, { viewportWidth: 1400 });

  it(
    "lets a Named Person record a refusal on the unmet need page, saying which field is wrong, and lists it",
    async () => {
      // From My referrals, where a Named Person looks, to the register of a panel they refer to.
      const page = await openTab("Fiona Grant", "#/referrals");
      await page.getByRole("link", { name: "Millburn Learning Community JST" }).click();
      await page.getByRole("heading", { level: 1, name: /^Unmet need register: / }).waitFor();
      expect(page.url()).toContain("#/panels/panel-lcjst/unmet-need");
      const form = page.getByRole("form", { name: "Record a third-sector capacity refusal" });
      await form.waitFor();
      await page.getByRole("table", { name: /^Third-sector capacity refusals, latest / }).waitFor();
      // The register's case references are for the panel's members: a Named Person is not told it failed.
      expect(await page.getByText("Could not load").count()).toBe(0);
      expect(await form.getByText("Do not name the child or family anywhere on this form").count()).toBe(1);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      await form.getByLabel("Waiting time, weeks").fill("200");
      await form.getByRole("button", { name: "Record the refusal" }).click();
      await form.getByText("Fill this in.").first().waitFor();
      await form.getByText(/^A whole number of weeks from 1 to 104/).waitFor();
      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      await form.getByLabel("Organisation").fill("Kestrel Young Carers");
      await form.getByLabel("Service asked for").fill("Young carers' group");
      await form.getByRole("radio", { name: "Waiting list" }).check();
      await form.getByLabel("Waiting time, weeks").fill("16");
      await form.getByLabel("Locality").fill("Inverness East");
      await form.getByRole("button", { name: "Record the refusal" }).click();
      const row = page
        .getByRole("table", { name: /^Third-sector capacity refusals, latest / })
        .getByRole("row", { name: /Kestrel Young Carers/ });
      await row.waitFor();
      expect(await row.innerText()).toMatch(/Young carers' group\s+Waiting list\s+16 weeks\s+Inverness East/);
      expect(await form.getByLabel("Organisation").inputValue()).toBe("");
      await page.context().close();
    },
    slowMachine,
  );

  it(
    "shows the coordinator the refusals per month and reason on the unmet need report, with its chart",
    async () => {
      const page = await openTab("Iain Robertson", "#/panels/panel-lcjst/reports");
      const table = page.getByRole("table", { name: "Third-sector capacity refusals" });
      await table.waitFor();
      await table.getByRole("columnheader", { name: "No capacity" }).waitFor();
      await table.getByRole("columnheader", { name: "Waiting list" }).waitFor();
      // The demo's months of refusals give numbers; a month's few show as "<5".
      expect(await table.getByRole("cell", { name: /^([5-9]|\d{2,})$/ }).count()).toBeGreaterThan(0);
      expect(await table.getByRole("cell", { name: "<5" }).count()).toBeGreaterThan(0);
      await page
        .getByRole("img", {
          name: "Chart: Third-sector capacity refusals. The numbers are in the table beside it.",
        })
        .waitFor();
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.context().close();
    },
    slowMachine,
  );
});
