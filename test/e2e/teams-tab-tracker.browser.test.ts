import { type Locator, type Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { monthLabel, openMonthAt, previousMonth, trackerCsvColumns } from "@convenor/shared";
import { useLocalApiService } from "@convenor/server/testing";
import { seriousAccessibilityProblems } from "./support/browser.js";
import { useTabBrowser } from "./support/tab-browser.js";

/** Chromium, axe-core and the service share a busy machine: more than vitest's 30 s default. */
const slowMachine = 90_000;

/** The demo seed's tracked young people on the High Risk Panel (server/src/local/seed/demo-children.ts). */
const everyone = [
  "Lucy Brennan",
  "Kai Docherty",
  "Amira Hussain",
  "Maya Kowalska",
  "Connor Reid",
  "Tyler Walsh",
];

describe("the High Risk Panel's tracker in the Teams tab, in headless Chromium", () => {
  const { service } = useLocalApiService("convenor-tab-tracker-");
  const openTab = useTabBrowser(() => service().url, { viewportWidth: 1400 });
  const signIn = (personaName: string, hash = "#/panels/panel-hrp/tracker") => openTab(personaName, hash);

  const grid = (page: Page): Locator =>
    page.getByRole("table", { name: /^(Young people tracked|Your young people),/ });

  /** The young people's names, as the rows' headers read. */
  async function namesShown(page: Page): Promise<string[]> {
    await grid(page).waitFor();
    await page.locator("table[aria-busy='false']").waitFor();
    const headers = await grid(page).locator("tbody th").allInnerTexts();
    return headers.map((text) => text.split("\n")[0]!.trim());
  }

  const rowOf = (page: Page, name: string): Locator => grid(page).getByRole("row").filter({ hasText: name });

  it(
    "shows a panel member every young person by month, the two listed by the two-reds rule marked",
    async () => {
      const page = await signIn("Sgt Ewan Munro", "");
      await page.getByRole("link", { name: "Tracker" }).click();
      expect(await namesShown(page)).toEqual(everyone);
      expect(await grid(page).getByRole("columnheader").count()).toBe(2 + 12);

      const lucy = rowOf(page, "Lucy Brennan");
      expect(await lucy.getByRole("rowheader").innerText()).toMatch(
        /Listed for panel: \w{3} \d{4} \(Placement and permanency\)/,
      );
      // The two reds running that listed her are named as such, not shown by colour alone.
      expect(await lucy.getByRole("img", { name: "Placement and permanency: red, listed" }).count()).toBe(2);
      expect(await rowOf(page, "Connor Reid").getByRole("rowheader").innerText()).toContain(
        "(Missing or exploitation)",
      );
      for (const name of ["Kai Docherty", "Amira Hussain", "Maya Kowalska", "Tyler Walsh"]) {
        expect(await rowOf(page, name).getByRole("rowheader").innerText()).not.toContain("Listed");
      }
      expect(
        await rowOf(page, "Kai Docherty")
          .getByRole("img", { name: /^Health: (red|amber|green)$/ })
          .count(),
      ).toBe(11);
      // The month open for rating is not rated yet; the seed rated the twelve before it.
      expect(await rowOf(page, "Kai Docherty").getByRole("cell").last().innerText()).toBe("Not rated");
      await page
        .getByText("Showing 6 of 6 young people; 2 listed for the panel by the two-reds rule.")
        .waitFor();
      // A member does not import: that is the chair's and the coordinator's.
      expect(await page.getByRole("heading", { name: "Import from spreadsheet (CSV)" }).count()).toBe(0);
      // Nor does a member see how far the workers have rated: no section, and no error in its place.
      expect(await page.getByRole("heading", { name: "This month's ratings" }).count()).toBe(0);
      expect(await page.getByText("Could not load").count()).toBe(0);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.context().close();
    },
    slowMachine,
  );

  it(
    "filters by worker, team and area, and moves the twelve months back",
    async () => {
      const page = await signIn("Helen Carter");
      expect(await namesShown(page)).toEqual(everyone);

      await page.getByLabel("Worker").selectOption({ label: "Grace Adeyemi" });
      expect(await namesShown(page)).toEqual(["Amira Hussain", "Connor Reid"]);
      await page.getByLabel("Worker").selectOption({ label: "All workers" });
      await page.getByLabel("Team").selectOption({ label: "Locality Team (Hinckley)" });
      expect(await namesShown(page)).toEqual(["Maya Kowalska"]);
      await page.getByLabel("Team").selectOption({ label: "All teams" });

      // One area: each month shows that area's rating only.
      await page.getByLabel("Area", { exact: true }).selectOption({ label: "Placement and permanency" });
      expect(await namesShown(page)).toEqual(everyone);
      const kai = rowOf(page, "Kai Docherty").getByRole("img");
      expect(await kai.count()).toBe(11);
      expect(
        await rowOf(page, "Kai Docherty")
          .getByRole("img", { name: /^Placement and permanency: (amber|green)$/ })
          .count(),
      ).toBe(11);
      await page.getByRole("checkbox", { name: "Only young people red in this area" }).check();
      expect(await namesShown(page)).toEqual(["Lucy Brennan"]);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      const monthPicker = page.getByLabel("Months up to");
      // The choices run back from the month open for rating: the second is the month before it.
      const monthBefore = (await monthPicker.locator("option").nth(1).getAttribute("value")) ?? "";
      await monthPicker.selectOption(monthBefore);
      await page.getByRole("table", { name: new RegExp(`to ${monthLabel(monthBefore)}$`) }).waitFor();
      expect(await grid(page).getByRole("columnheader").last().innerText()).toBe(monthLabel(monthBefore));
      await page.context().close();
    },
    slowMachine,
  );

  it(
    "shows a social worker only the young people they rate",
    async () => {
      const page = await signIn("Grace Adeyemi", "");
      await page.getByRole("link", { name: "Tracker" }).click();
      expect(await namesShown(page)).toEqual(["Amira Hussain", "Connor Reid"]);
      await page.getByRole("table", { name: /^Your young people,/ }).waitFor();
      expect(await rowOf(page, "Connor Reid").getByRole("rowheader").innerText()).toContain(
        "Listed for panel",
      );
      // One worker and one team: filters that could not change anything are not offered.
      expect(await page.getByLabel("Worker").count()).toBe(0);
      expect(await page.getByLabel("Team").count()).toBe(0);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.context().close();
    },
    slowMachine,
  );

  it(
    "tells someone with no part in the panel so, with no tracker in their sections",
    async () => {
      const page = await signIn("Aileen MacLeod");
      await page.getByText("You have no part in this panel's tracker.").waitFor();
      expect(await page.getByRole("table").count()).toBe(0);
      expect(await page.getByRole("navigation").getByRole("link", { name: "Tracker" }).count()).toBe(0);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.context().close();
    },
    slowMachine,
  );

  /** A worker's row of the completion table: young people, submitted, part-saved, not started. */
  async function completionOf(page: Page, caption: RegExp, worker: string): Promise<string[]> {
    const row = page.getByRole("table", { name: caption }).getByRole("row").filter({ hasText: worker });
    const cells = await row.getByRole("cell").allInnerTexts();
    return cells.slice(1);
  }

  it(
    "shows the coordinator, for the month open and then a month picked, how far each worker has rated",
    async () => {
      const page = await signIn("Iain Robertson");
      await namesShown(page);
      const open = openMonthAt(new Date().toISOString());
      await page.getByRole("heading", { name: "This month's ratings" }).waitFor();
      const thisMonth = new RegExp(`^Ratings for ${monthLabel(open)} by social worker`);
      await page.getByRole("table", { name: thisMonth }).waitFor();
      expect(
        await page.getByRole("table", { name: thisMonth }).getByRole("rowheader").allInnerTexts(),
      ).toEqual(["Daniel Okafor", "Grace Adeyemi", "Ryan Whitfield", "Total"]);
      // Nothing is rated yet in the month open (the seed rated the twelve before it).
      expect(await completionOf(page, thisMonth, "Daniel Okafor")).toEqual(["3", "0", "0", "3"]);
      expect(await completionOf(page, thisMonth, "Grace Adeyemi")).toEqual(["2", "0", "0", "2"]);
      expect(await page.getByText(/^0 of \d+ young people submitted for /).count()).toBe(1);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      const before = previousMonth(open);
      await page.getByLabel("Months up to").selectOption(before);
      await page.getByRole("heading", { name: `Ratings for ${monthLabel(before)}` }).waitFor();
      const monthBefore = new RegExp(`^Ratings for ${monthLabel(before)} by social worker`);
      await page.getByRole("table", { name: monthBefore }).waitFor();
      expect(await completionOf(page, monthBefore, "Daniel Okafor")).toEqual(["3", "3", "0", "0"]);
      expect(await completionOf(page, monthBefore, "Grace Adeyemi")).toEqual(["2", "2", "0", "0"]);
      await page.context().close();
    },
    slowMachine,
  );

  /** Kai Docherty's September (a seeded young person and his worker), and a row with a colour the tracker has not. */
  const spreadsheet = [
    trackerCsvColumns.join(","),
    "Kai,Docherty,2010-02-17,2026-09,daniel.okafor@convenor.test,Green,Amber,Green,Green,Amber",
    "Kai,Docherty,2010-02-17,2026-08,daniel.okafor@convenor.test,Green,Amber,Green,Green,Purple",
  ].join("\n");

  it(
    "lets the coordinator check a spreadsheet, see the rows it refuses, and import only the valid ones",
    async () => {
      const page = await signIn("Iain Robertson");
      await namesShown(page);
      await page.getByLabel("Spreadsheet saved as CSV").setInputFiles({
        name: "tracker.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(spreadsheet),
      });
      await page.getByRole("button", { name: "Check file" }).click();
      const refused = page.getByRole("table", { name: "Rows that cannot be imported" });
      await refused.waitFor();
      expect(await refused.getByRole("row").nth(1).innerText()).toMatch(
        /3\s+health\s+Must be Red, Amber or Green\./,
      );
      expect(await page.getByRole("status").filter({ hasText: "Nothing is saved yet" }).count()).toBe(1);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      await page.getByRole("button", { name: "Import only the 1 row that can be" }).click();
      await page.getByText("Imported 1 row. The rows below were left out.").waitFor();
      await page.context().close();
    },
    slowMachine,
  );
});
