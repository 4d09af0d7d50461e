import { describe, expect, it } from "vitest";
import { useLocalApiService } from "@convenor/server/testing";
import { seriousAccessibilityProblems } from "./support/browser.js";
import { useTabBrowser } from "./support/tab-browser.js";

/** Chromium, axe-core and the service share a busy machine: more than vitest's 30 s default. */
const slowMachine = 90_000;

describe("decisions, outcomes and actions in the Teams tab, in headless Chromium", () => {
  const { service } = useLocalApiService("convenor-tab-outcomes-");
  const signIn = useTabBrowser(() => service().url, { viewportWidth: 1400 });

  it(
    "lets the chair record a decision and an action from the meeting's outcomes page, refusing missing reasons",
    async () => {
      const page = await signIn("Morag Chalmers", "#/meetings/m-lcjst-1");
      await page
        .getByRole("list", { name: "Actions agreed at this meeting" })
        .getByText(/Arrange the psychological service consultation/)
        .waitFor();
      await page.getByRole("link", { name: /^Outcomes and actions/ }).click();
      await page.getByRole("heading", { level: 1, name: /^Outcomes and actions: meeting of / }).waitFor();
      // The seeded decision, its outstanding family sharing, and the overdue action on it.
      await page.getByRole("list", { name: "Family sharing outstanding" }).waitFor();
      expect(await page.getByText("Overdue").count()).toBeGreaterThan(0);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      const forms = page.getByRole("form", { name: /^Record the decision on / });
      const undecided = await forms.count();
      const form = forms.first();
      await form.getByRole("button", { name: "Record decision" }).click();
      await form.getByRole("alert").waitFor();
      await form.getByLabel("Reasons").fill("Agreed: a place in the nurture group.");
      await form.getByRole("button", { name: "Record decision" }).click();
      await expect.poll(() => forms.count(), { timeout: 20_000 }).toBe(undecided - 1);
      await page.getByRole("definition").getByText("Agreed: a place in the nurture group.").waitFor();

      const action = page.getByRole("form", { name: /^Add an action on the meeting/ });
      await action.getByRole("button", { name: "Add action" }).click();
      await action.getByRole("alert").waitFor();
      await action.getByLabel("Action").fill("Circulate the nurture group timetable");
      await action.getByLabel("Owner").selectOption({ label: "Dr Rhona Fraser" });
      await action.getByLabel("Due").fill("2099-01-31");
      await action.getByRole("button", { name: "Add action" }).click();
      await page
        .getByRole("list", { name: "Actions on the meeting" })
        .getByText(/Circulate the nurture group timetable \(Dr Rhona Fraser/)
        .waitFor();
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.context().close();
    },
    slowMachine,
  );

  it(
    "shows a panel member the child's record and the unmet need register, lets the referrer record family sharing, and shows an outsider nothing",
    async () => {
      const page = await signIn("Sgt Ewan Munro", "#/children/c-01");
      await page.getByRole("heading", { level: 1, name: "Record: Ellie Sutherland" }).waitFor();
      expect(
        await page.getByText("Intensive Support and Supervision: Agreed, but not available").count(),
      ).toBe(1);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.goto(page.url().replace(/#.*$/, "#/panels/panel-icsmg/unmet-need"));
      const table = page.getByRole("table", { name: /^Resources agreed but not available/ });
      await table.waitFor();
      expect(await table.getByRole("cell").first().innerText()).toBe("Intensive Support and Supervision");
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.context().close();

      const referrer = await signIn("Aileen MacLeod", "#/children/c-02");
      await referrer.getByRole("heading", { level: 1, name: "Record: Jamie McKenzie" }).waitFor();
      const sharing = referrer.getByRole("form", { name: /^Record sharing with the family for / });
      await sharing.getByLabel("Shared on").fill(new Date().toISOString().slice(0, 10));
      await sharing.getByLabel("How").selectOption({ label: "Phone" });
      await sharing.getByRole("button", { name: "Record sharing" }).click();
      await referrer.getByText(/^Shared with the family on .*Phone/).waitFor();
      expect(await seriousAccessibilityProblems(referrer)).toEqual([]);
      await referrer.context().close();

      const outsider = await signIn("Olivia Bennett", "#/children/c-01");
      await outsider.getByText("You cannot see this record").waitFor();
      expect(await outsider.getByText("Ellie Sutherland").count()).toBe(0);
      await outsider.context().close();
    },
    slowMachine,
  );
});
