import { describe, expect, it } from "vitest";
import { addCalendarDays, addMonths, ukLocalDate, type MeetingDetailView } from "@convenor/shared";
import { useLocalApiService } from "@convenor/server/testing";
import { seriousAccessibilityProblems } from "./support/browser.js";
import { useTabBrowser } from "./support/tab-browser.js";

/** Chromium, axe-core and the service share a busy machine: more than vitest's 30 s default. */
const slowMachine = 90_000;

/** The demo seed's CIN plans (server/src/local/seed/demo-cin-plans.ts). */
describe("Child in Need reviews in the Teams tab, in headless Chromium", () => {
  const { service, call } = useLocalApiService("convenor-tab-reviews-");
  const openTab = useTabBrowser(() => service().url, { viewportWidth: 1400 });
  const today = ukLocalDate(new Date().toISOString());

  it(
    "shows the chair the overdue review and the consultation tasks of the plan past twelve months",
    async () => {
      const page = await openTab("Olivia Bennett", "");
      await page.getByRole("link", { name: "CIN reviews" }).click();
      const table = page.getByRole("table", { name: /^Child in Need plans of / });
      const row = (name: string) => table.getByRole("row").filter({ hasText: name });
      await row("Rosie Baird").getByText("Overdue").waitFor();
      expect(await row("Euan Macaskill").getByText("Overdue").count()).toBe(0);
      expect(await row("Euan Macaskill").innerText()).toContain("Past 12 months: consultation");
      expect(await row("Finlay Fairbairn").innerText()).toContain("Longer support recorded");
      await page.getByText("3 open plans; 1 with a review overdue.", { exact: false }).waitFor();
      // The year's ended plans are listed after the open ones, ended: nothing to review or consult on.
      const ended = table.getByRole("row").filter({ hasText: "Plan ended" });
      expect(await ended.count()).toBeGreaterThan(0);
      expect(await ended.getByRole("button").count()).toBe(0);
      expect(await table.getByRole("row").filter({ hasText: "Past 12 months: consultation" }).count()).toBe(
        1,
      );
      const tasks = page.getByRole("table", { name: "Consultation tasks" });
      expect(await tasks.getByRole("row").filter({ hasText: "Euan Macaskill" }).allInnerTexts()).toEqual([
        expect.stringContaining("Helen Carter"),
        expect.stringContaining("Olivia Bennett"),
      ]);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      // Recording Rosie's review: a next review past three months is refused until the reason is given.
      await row("Rosie Baird")
        .getByRole("button", { name: /^Record the review of CIN-/ })
        .click();
      await page.getByLabel("Reasons").fill("Attendance improving; plan continues.");
      await page.getByLabel("Next review").fill(addCalendarDays(addMonths(today, 3), 7));
      await page.getByText("The next review is more than 3 months away: say why.").waitFor();
      await page.getByRole("button", { name: "Record the outcome" }).click();
      await page.getByText(/further off than the panel allows/).waitFor();
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.getByLabel("Next review").fill(addMonths(today, 3));
      await page.getByRole("button", { name: "Record the outcome" }).click();
      await page.getByText("Review recorded.").waitFor();
      await page.getByText("3 open plans; 0 with a review overdue.", { exact: false }).waitFor();

      // A new plan, under review from today.
      await page.getByLabel("Child's given name").fill("Nina");
      await page.getByLabel("Child's family name").fill("Shaw");
      await page.getByLabel("Child's date of birth").fill("2014-05-01");
      await page.getByRole("button", { name: "Put the plan under review" }).click();
      await page.getByText(/^Nina Shaw's plan is under review \(CIN-/).waitFor();
      await page.getByText("4 open plans; 0 with a review overdue.", { exact: false }).waitFor();
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.context().close();
    },
    slowMachine,
  );

  it(
    "lets a member ask for an early review, which lists the child on the panel's next meeting",
    async () => {
      const page = await openTab("Fiona Grant", "#/panels/panel-cin/reviews");
      const table = page.getByRole("table", { name: /^Child in Need plans of / });
      const arran = table.getByRole("row").filter({ hasText: "Euan Macaskill" });
      expect(await arran.getByRole("button", { name: /^Record the review/ }).count()).toBe(0);
      await arran.getByRole("button", { name: /^Ask for an early review for CIN-/ }).click();
      await page.getByLabel("What has changed").fill("Father moved out; mother is now the sole carer.");
      await page.getByRole("button", { name: "Ask for an early review", exact: true }).click();
      await page.getByText("Early review asked for: listed on the panel's next meeting.").waitFor();
      await arran.getByRole("link", { name: "Listed for the next meeting" }).waitFor();
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      const meeting = await call<MeetingDetailView>("GET", "/api/meetings/m-cin-2", "p-cin-coordinator");
      const titles = meeting.body.agenda.items.map((item) => item.title);
      expect(titles).toContainEqual(expect.stringMatching(/^Early review \(CIN-[0-9A-F]{6}\)$/));
      expect(titles.join(" ")).not.toContain("Euan");
      await page.context().close();
    },
    slowMachine,
  );
});
