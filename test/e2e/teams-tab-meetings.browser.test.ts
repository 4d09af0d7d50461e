import { describe, expect, it } from "vitest";
import { useLocalApiService } from "@convenor/server/testing";
import { seriousAccessibilityProblems } from "./support/browser.js";
import { useTabBrowser } from "./support/tab-browser.js";

describe("meetings in the Teams tab, with the Graph sandbox, in headless Chromium", () => {
  const { service, call } = useLocalApiService("convenor-tab-meetings-", { graphSandbox: true });
  const icsmgMeetings = async () =>
    (await call<{ meetings: unknown[] }>("GET", "/api/meetings?panelId=panel-icsmg", "p-chair")).body.meetings
      .length;
  const openTab = useTabBrowser(() => service().url, { viewportWidth: 1280 });
  const signIn = openTab;

  it("shows a member the meetings coming, then a meeting's deadlines, agenda by case reference, and papers", async () => {
    // Sgt Munro's panels' next agendas are drafts until their chairs publish them.
    for (const [meetingId, chair] of [
      ["m-icsmg-2", "p-chair"],
      ["m-isg-2", "p-chair"],
      ["m-hrp-2", "p-cic-manager"],
    ] as const) {
      expect((await call("POST", `/api/meetings/${meetingId}/agenda/publish`, chair)).status).toBe(200);
    }
    const page = await signIn("Sgt Ewan Munro");
    const coming = page.getByRole("table", { name: "Meetings coming" });
    await coming.waitFor();
    expect(await coming.getByRole("row").count()).toBeGreaterThan(1);
    const toRead = page.getByRole("table", { name: "Papers to read" });
    await toRead.waitFor();
    expect(await toRead.getByRole("row").nth(1).innerText()).toMatch(/Child's Plan[\s\S]*Not yet/);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await coming.getByRole("row").nth(1).getByRole("link").click();
    await page.getByRole("heading", { level: 2, name: "Deadlines" }).waitFor();
    const deadlines = page.getByRole("list", { name: "Deadlines" });
    expect(await deadlines.getByRole("listitem").allInnerTexts()).toContainEqual(
      expect.stringMatching(/^Agenda out/),
    );
    const agenda = page.getByRole("list", { name: "Agenda" });
    await agenda.waitFor();
    // A case item is listed by its reference: the agenda is shared with the whole panel.
    const caseItem = agenda
      .getByRole("listitem")
      .filter({ hasText: /ICSMG-\d{4}-\d{4}/ })
      .first();
    const reference = /ICSMG-\d{4}-\d{4}/.exec(await caseItem.innerText())![0];
    await page
      .getByRole("list", { name: `Papers for ${reference}` })
      .getByRole("button", { name: "Child's Plan" })
      .waitFor();
    const papers = page.getByRole("table", { name: "Papers" });
    expect(await papers.getByRole("button", { name: /^Open / }).count()).toBeGreaterThan(0);
    expect(await papers.getByRole("row").nth(1).innerText()).toContain("Not yet");
    expect(page.url()).toMatch(/#\/meetings\/[A-Za-z0-9_-]+$/);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });

  it("lists a panel's meetings coming up before its past ones, latest first, which read as held", async () => {
    const page = await signIn("Morag Chalmers", "#/panels/panel-lcjst/meetings");
    const coming = page.getByRole("table", { name: "The panel's meetings coming up" });
    const past = page.getByRole("table", { name: "The panel's past meetings" });
    await past.waitFor();
    const comingRows = await coming.getByRole("row").allInnerTexts();
    const pastRows = await past.getByRole("row").allInnerTexts();
    expect(comingRows.slice(1).every((row) => /Planned/.test(row))).toBe(true);
    expect(pastRows.slice(1).every((row) => /Held\s+None/.test(row))).toBe(true);
    // "Tue, 27 Oct 2026, 10:00 to 12:00": the latest past meeting first.
    const startOf = (row: string) => Date.parse(/\d+ \w+ \d{4}, \d\d:\d\d/.exec(row)![0].replace(",", ""));
    expect(startOf(pastRows[1]!)).toBeGreaterThan(startOf(pastRows[2]!));
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await past.getByRole("row").nth(1).getByRole("link").click();
    await page.getByText(/^Held\. From /).waitFor();
    await page.getByText("This meeting is held: its agenda can no longer change.").waitFor();
    await page.context().close();
  });

  it("lets the chair pick a slot and schedule the meeting once, even on a double click", async () => {
    const before = await icsmgMeetings();
    const page = await signIn("Morag Chalmers", "#/panels/panel-icsmg/schedule");
    let scheduleRequests = 0;
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/api/meetings")
        scheduleRequests++;
    });
    const slots = page.getByRole("list", { name: "Suggested slots, best first" });
    await slots.waitFor();
    const grid = page.getByRole("table", { name: /^Who is free at the \d+ best times$/ });
    expect(await grid.getByRole("row").filter({ hasText: "Sam Patel" }).innerText()).not.toContain("Free");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await slots
      .getByRole("button", { name: /^Choose/ })
      .first()
      .click();
    const members = page.getByRole("table", { name: "Who can come" });
    await members.waitFor();
    expect(await members.getByRole("row").filter({ hasText: "Sam Patel" }).innerText()).toContain("Unknown");
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByRole("button", { name: "Schedule the meeting with a Teams link" }).dblclick();
    await page.waitForURL(/#\/meetings\/[A-Za-z0-9_-]+$/);
    await page.getByRole("link", { name: "Join the Teams meeting" }).waitFor();
    expect(scheduleRequests).toBe(1);
    expect(await icsmgMeetings()).toBe(before + 1);
    await page.context().close();
  });
});
