import { describe, expect, it } from "vitest";
import { useLocalApiService } from "@convenor/server/testing";
import { seriousAccessibilityProblems } from "./support/browser.js";
import { useTabBrowser } from "./support/tab-browser.js";

/** Chromium, axe-core and the service share a busy machine: more than vitest's 30 s default. */
const slowMachine = 90_000;

describe("the retention periods page in the Teams tab, in headless Chromium", () => {
  const { service } = useLocalApiService("convenor-tab-retention-");
  const openTab = useTabBrowser(() => service().url);

  it(
    "lets the administrator set a period that is kept after a reload, and shows why a value is refused",
    async () => {
      // Iain Robertson is the demo's administrator.
      const page = await openTab("Iain Robertson", "");
      await page.getByRole("link", { name: "Retention periods" }).click();
      await page.getByRole("heading", { name: "Retention periods", level: 1 }).waitFor();
      expect(page.url()).toContain("#/admin/retention");
      const referrals = page.getByLabel(/^Referrals, with the child's record, months/);
      expect(await referrals.inputValue()).toBe("72");
      await page.getByText("Default 72 (6 years).").first().waitFor();

      await referrals.fill("84");
      await page.getByRole("button", { name: "Save retention periods" }).click();
      await page.getByText("Retention periods saved.").waitFor();
      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      await page.reload();
      await page.getByRole("heading", { name: "Retention periods", level: 1 }).waitFor();
      expect(await page.getByLabel(/^Referrals, with the child's record, months/).inputValue()).toBe("84");

      const messages = page.getByLabel(/^Delivered Teams and mail messages, months/);
      await messages.fill("0");
      await page.getByRole("button", { name: "Save retention periods" }).click();
      await page.getByText("Between 1 and 1200 whole months.").waitFor();
      await page.getByText("A retention period must be between 1 and 1,200 months.").waitFor();
      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      await page.reload();
      await page.getByRole("heading", { name: "Retention periods", level: 1 }).waitFor();
      const kept = page.getByLabel(/^Delivered Teams and mail messages, months/);
      expect(await kept.inputValue()).toBe("3");
      await page.context().close();
    },
    slowMachine,
  );

  it(
    "shows no retention section to anyone but an administrator",
    async () => {
      const page = await openTab("Morag Chalmers", "");
      await page.getByRole("link", { name: "Meetings" }).waitFor();
      expect(await page.getByRole("link", { name: "Retention periods" }).count()).toBe(0);
      await page.context().close();
    },
    slowMachine,
  );
});
