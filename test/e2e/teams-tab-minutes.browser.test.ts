import { describe, expect, it } from "vitest";
import { useLocalApiService } from "@convenor/server/testing";
import { seriousAccessibilityProblems } from "./support/browser.js";
import { useTabBrowser } from "./support/tab-browser.js";

/** Chromium, axe-core and the service share a busy machine: more than vitest's 30 s default. */
const slowMachine = 120_000;

describe("a held meeting's minutes in the Teams tab, in headless Chromium", () => {
  const { service } = useLocalApiService("convenor-tab-minutes-");
  const openTab = useTabBrowser(() => service().url, { viewportWidth: 1400 });

  it(
    "lets the chair draft the minute from the meeting record, edit, circulate and agree it, and record an observation",
    async () => {
      const page = await openTab("Morag Chalmers", "#/meetings/m-lcjst-1");
      await page.getByRole("link", { name: "Minutes and case observations" }).click();
      await page
        .getByRole("heading", { level: 1, name: /^Minutes: Millburn Learning Community JST on / })
        .waitFor();
      expect(await page.getByText("This panel sets no deadline for its minutes.").count()).toBe(1);
      await page.getByRole("button", { name: "Draft the minute" }).click();

      const items = page.getByRole("table", { name: "Items and decisions" });
      await items.waitFor();
      expect(await items.getByText(/dissented: Would first try the school-based support/).count()).toBe(1);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      await page
        .getByRole("textbox", { name: /General business/ })
        .fill("The group welcomed the new school nurse.");
      await page.getByRole("button", { name: "Save the minute" }).click();
      await page.getByText("The group welcomed the new school nurse.", { exact: false }).first().waitFor();
      await page.getByRole("button", { name: "Circulate to those at the meeting" }).click();
      await page.getByRole("button", { name: "Agree version 1" }).click();
      const versions = page.getByRole("table", { name: "Every version of the minute, oldest first" });
      await versions.getByRole("cell", { name: "Agreed" }).waitFor();
      expect(await versions.getByRole("cell", { name: "Filing to SharePoint…" }).count()).toBe(1);
      // Agreed: a further edit makes version 2.
      expect(await page.getByRole("button", { name: "Save as a new version" }).count()).toBe(1);

      await page
        .getByRole("textbox", { name: /^Observation/ })
        .fill("Lead Professional reported the plan is on track.");
      await page.getByRole("button", { name: "Record the observation" }).click();
      const recorded = page.getByRole("list", { name: "Observations recorded" });
      await recorded.getByText(/the plan is on track/).waitFor();
      // Never in the minute.
      expect(await items.getByText(/the plan is on track/).count()).toBe(0);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.context().close();
    },
    slowMachine,
  );

  it(
    "shows a panel member the circulated minute to read, and refuses someone who is not on the panel",
    async () => {
      const member = await openTab("Sgt Ewan Munro", "#/meetings/m-icsmg-1/minutes");
      await member.getByText("The minute has not been circulated yet.").waitFor();
      expect(await member.getByRole("button", { name: "Draft the minute" }).count()).toBe(0);
      expect(await seriousAccessibilityProblems(member)).toEqual([]);
      await member.context().close();

      const referrer = await openTab("Aileen MacLeod", "#/meetings/m-icsmg-1/minutes");
      await referrer.getByText(/Only the panel's members read its minutes/).waitFor();
      expect(await referrer.getByRole("table").count()).toBe(0);
      expect(await seriousAccessibilityProblems(referrer)).toEqual([]);
      await referrer.context().close();
    },
    slowMachine,
  );
});
