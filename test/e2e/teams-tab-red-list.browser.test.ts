import { describe, expect, it } from "vitest";
import { monthLabel, openMonthAt, previousMonth } from "@convenor/shared";
import { useLocalApiService } from "@convenor/server/testing";
import { seriousAccessibilityProblems } from "./support/browser.js";
import { useTabBrowser } from "./support/tab-browser.js";

/** Chromium, axe-core and the service share a busy machine: more than vitest's 30 s default. */
const slowMachine = 90_000;

describe("a High Risk Panel meeting's red list in the Teams tab, in headless Chromium", () => {
  const { service } = useLocalApiService("convenor-tab-red-list-");
  const openTab = useTabBrowser(() => service().url, { viewportWidth: 1400 });
  const signIn = openTab;

  it(
    "shows a panel member, from the meeting page, the two young people red twice with their areas and months",
    async () => {
      const page = await signIn("Sgt Ewan Munro", "#/meetings/m-hrp-2");
      await page
        .getByRole("link", { name: "Red list: the young people the tracker listed, by name" })
        .click();
      await page
        .getByRole("heading", { level: 1, name: /^Red list: Children in Care High Risk Panel on / })
        .waitFor();
      expect(await page.getByText("for the panel's purpose only").count()).toBe(1);

      const table = page.getByRole("table", {
        name: /^Young people red in the same area two months running/,
      });
      expect(await table.getByRole("columnheader").allInnerTexts()).toEqual([
        "Young person",
        "Social worker",
        "Team",
        "Red in",
        "Months",
      ]);
      expect(await table.getByRole("rowheader").allInnerTexts()).toEqual(["Lucy Brennan", "Connor Reid"]);
      // The seed rates the twelve months before this one, the last two of them red for these two.
      const last = previousMonth(openMonthAt(new Date().toISOString()));
      const first = previousMonth(last);
      const months = new RegExp(`${monthLabel(first).split(" ")[0]}( \\d{4})? and ${monthLabel(last)}`);
      const cells = async (name: string) =>
        table.getByRole("row").filter({ hasText: name }).getByRole("cell").allInnerTexts();
      const lucy = await cells("Lucy Brennan");
      expect(lucy.slice(0, 3)).toEqual([
        "Daniel Okafor",
        "Children in Care Team 1",
        "Placement and permanency",
      ]);
      expect(lucy[3]).toMatch(months);
      const connor = await cells("Connor Reid");
      expect(connor.slice(0, 3)).toEqual([
        "Grace Adeyemi",
        "Children in Care Team 2",
        "Missing or exploitation",
      ]);
      expect(connor[3]).toMatch(months);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.context().close();
    },
    slowMachine,
  );

  it(
    "tells someone who is not on the panel that they cannot see it, and names no one",
    async () => {
      const page = await signIn("Aileen MacLeod", "#/meetings/m-hrp-2/red-list");
      await page.getByText("You cannot see this red list.").waitFor();
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Red list for the meeting");
      expect(await page.getByRole("table").count()).toBe(0);
      expect(await page.getByText("Lucy Brennan").count()).toBe(0);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.context().close();
    },
    slowMachine,
  );

  it(
    "gives a social worker who rates on the tracker but sits on no panel no red list either",
    async () => {
      const page = await signIn("Grace Adeyemi", "#/meetings/m-hrp-2/red-list");
      await page.getByText("You cannot see this red list.").waitFor();
      expect(await page.getByText("Connor Reid").count()).toBe(0);
      await page.context().close();
    },
    slowMachine,
  );
});
