import { existsSync } from "node:fs";
import { type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileReferral, getMeeting, screenReferral, updateAgendaItem } from "@convenor/shared";
import { aValidReferralForm } from "@convenor/shared/testing";
import { useLocalApiService } from "@convenor/server/testing";
import { launchChromium, seriousAccessibilityProblems } from "./support/browser.js";

const meetingId = "m-icsmg-2";
/** The panel's meeting after it, also planned. */
const nextMeetingId = "m-icsmg-3";
const child = {
  "child.givenName": "Zelda",
  "child.familyName": "Quixtrom",
  "child.dateOfBirth": "2013-02-11",
};
const actor = (personId: string) => ({ personId, channel: "test", origin: null, correlationId: null });
const smallPdf = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

describe("a chair manages a meeting's agenda and papers in the Teams tab, in headless Chromium", () => {
  const { service, call } = useLocalApiService("convenor-tab-agenda-", { graphSandbox: true });
  let browser: Browser;
  /** The case reference of a referral accepted onto the meeting but not yet on its agenda. */
  let accepted = "";

  beforeAll(async () => {
    if (!existsSync(new URL("../../tab/dist/index.html", import.meta.url))) {
      throw new Error("The tab is not built: run `npm run build` first (npm test does).");
    }
    browser = await launchChromium();
    const { deps } = service();
    const filed = await fileReferral(deps, actor("p-sw"), {
      panelId: "panel-icsmg",
      idempotencyKey: "agenda-ui-file",
      mode: "submit",
      form: aValidReferralForm("icsmg", { ...child, "referrer.agency": "social-work" }),
    });
    if (!filed.ok) throw new Error(filed.error.message);
    accepted = filed.value.referral.reference!;
    const screened = await screenReferral(deps, actor("p-chair"), {
      referralId: filed.value.referral.id,
      idempotencyKey: "agenda-ui-accept",
      decision: { kind: "accept", meetingId },
    });
    if (!screened.ok) throw new Error(screened.error.message);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function signIn(personaName: string, meeting = meetingId): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${service().url}/tab/#/meetings/${meeting}`);
    await page.getByRole("button", { name: new RegExp(personaName) }).click();
    await page.getByRole("list", { name: "Agenda", exact: true }).waitFor();
    return page;
  }

  const agendaTexts = (page: Page) =>
    page.getByRole("list", { name: "Agenda", exact: true }).locator(":scope > li").allInnerTexts();
  const status = (page: Page) => page.getByRole("status");
  const expectNoChildDetails = async (page: Page) => {
    const text = await page.locator("body").innerText();
    for (const detail of Object.values(child)) expect(text).not.toContain(detail);
  };

  it("builds the agenda with the accepted referral, moves it, sets its slot, adds a topic and publishes", async () => {
    const page = await signIn("Morag Chalmers");
    // The tools are loaded and the readers of the papers are known before the page is checked.
    await page.getByRole("table", { name: "Papers not read yet" }).waitFor();
    const before = await agendaTexts(page);
    expect(before.join("\n")).not.toContain(accepted);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByRole("button", { name: "Build agenda" }).click();
    await expect.poll(() => status(page).innerText()).toMatch(/^Agenda built: \d+ items? added/);
    const built = await agendaTexts(page);
    expect(built.length).toBeGreaterThan(before.length);
    const place = built.findIndex((text) => text.includes(accepted));
    expect(place).toBeGreaterThan(0);

    const moveUp = page.getByRole("button", { name: `Move up: ${accepted}` });
    await moveUp.click();
    await expect
      .poll(() => status(page).innerText())
      .toBe(`${accepted} moved up: now item ${place} of ${built.length}.`);
    expect((await agendaTexts(page)).findIndex((text) => text.includes(accepted))).toBe(place - 1);
    // The button that moved the item keeps the focus in the item's new place.
    expect(await page.locator(":focus").getAttribute("aria-label")).toBe(`Move up: ${accepted}`);

    await page.getByLabel(`Time slot (minutes) for ${accepted}`).fill("15");
    await page.getByRole("button", { name: `Set slot for ${accepted}` }).click();
    await expect.poll(() => status(page).innerText()).toBe(`${accepted}: time slot set to 15 minutes.`);
    expect((await agendaTexts(page)).find((text) => text.includes(accepted))).toContain("15 minutes");

    await page.getByLabel("Topic").fill("Training dates for 2027");
    await page.getByRole("button", { name: "Add topic" }).click();
    await expect.poll(() => status(page).innerText()).toBe("Topic added: Training dates for 2027.");
    expect((await agendaTexts(page)).join("\n")).toContain("Training dates for 2027");

    await page.getByRole("button", { name: "Publish agenda" }).click();
    await expect.poll(() => status(page).innerText()).toMatch(/^Agenda published: the panel and invitees/);
    await page.getByText(/^Published .*\.$/).waitFor();
    const agendaOut = page
      .getByRole("list", { name: "Deadlines" })
      .getByRole("listitem")
      .filter({ hasText: "Agenda out" });
    expect(await agendaOut.innerText()).toContain("Met");
    await page.getByRole("button", { name: "Publish agenda" }).click();
    await expect
      .poll(() => status(page).innerText())
      .toBe("Nothing sent: the agenda has not changed since it was published.");
    await page.getByRole("button", { name: `Move down: ${accepted}` }).click();
    await expect.poll(() => status(page).innerText()).toContain("moved down");
    await page.getByRole("button", { name: "Publish agenda" }).click();
    await expect.poll(() => status(page).innerText()).toMatch(/^Updated agenda published/);

    await expectNoChildDetails(page);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/agenda-ui-chair-agenda.png", fullPage: true });
    await page.context().close();
  });

  it("files a paper for a case item, refuses a file the library would not take, and shows who has not read it", async () => {
    const page = await signIn("Morag Chalmers");
    let uploads = 0;
    page.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname.endsWith("/papers")) uploads++;
    });
    const upload = page.getByLabel(`Add a paper to ${accepted}`);

    await upload.setInputFiles({ name: "notes.exe", mimeType: "application/octet-stream", buffer: smallPdf });
    await expect
      .poll(() => page.getByRole("alert").allInnerTexts())
      .toContainEqual(expect.stringMatching(/^notes\.exe: Papers of that type cannot be filed\./));
    expect(uploads).toBe(0);

    await upload.setInputFiles({ name: "School report.pdf", mimeType: "application/pdf", buffer: smallPdf });
    await expect.poll(() => status(page).innerText()).toBe(`School report.pdf filed for ${accepted}.`);
    expect(uploads).toBe(1);
    await page
      .getByRole("list", { name: `Papers for ${accepted}` })
      .getByRole("button", { name: "School report.pdf" })
      .waitFor();
    const papers = page.getByRole("table", { name: "Papers", exact: true });
    expect(await papers.getByRole("row").filter({ hasText: "School report.pdf" }).innerText()).toContain(
      accepted,
    );

    const unread = page.getByRole("table", { name: "Papers not read yet" });
    const reportRow = unread.getByRole("row").filter({ hasText: "School report.pdf" });
    await reportRow.waitFor();
    expect(await reportRow.innerText()).toContain("Sgt Ewan Munro");

    await expectNoChildDetails(page);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/agenda-ui-chair-papers.png", fullPage: true });
    await page.context().close();
  });

  it("reloads the agenda and says so when someone else changed it since the page was opened", async () => {
    const page = await signIn("Morag Chalmers");
    await page.getByRole("heading", { level: 2, name: "Manage the agenda" }).waitFor();
    const { body: agenda } = await call<{ version: number }>(
      "GET",
      `/api/meetings/${meetingId}/agenda`,
      "p-coord",
    );
    const added = await call("POST", `/api/meetings/${meetingId}/agenda`, "p-coord", {
      kind: "topic",
      version: agenda.version,
      title: "Added by the coordinator",
    });
    expect(added.status).toBe(201);

    await page.getByRole("button", { name: `Move up: ${accepted}` }).click();
    await expect
      .poll(() => page.getByRole("alert").allInnerTexts())
      .toContainEqual(expect.stringMatching(/^Someone else changed the agenda since you opened it/));
    expect((await agendaTexts(page)).join("\n")).toContain("Added by the coordinator");

    await page.getByRole("button", { name: `Move up: ${accepted}` }).click();
    await expect.poll(() => status(page).innerText()).toContain(`${accepted} moved up`);
    await page.context().close();
  });

  it("marks a paper filed after the papers deadline late, and says a publication after the agenda deadline is late", async () => {
    // A meeting two days or so ahead, on a weekday: its agenda and papers deadlines have passed. A case moves onto it.
    const startsAt = new Date(Date.now() + 2 * 24 * 3_600_000);
    while ([0, 6].includes(startsAt.getUTCDay())) startsAt.setUTCDate(startsAt.getUTCDate() + 1);
    startsAt.setUTCHours(10, 0, 0, 0);
    const scheduled = await call<{ meeting: { id: string } }>("POST", "/api/meetings", "p-chair", {
      panelId: "panel-icsmg",
      idempotencyKey: "agenda-ui-soon",
      startsAt: startsAt.toISOString(),
      overrideReason: "An extra meeting for an urgent case",
    });
    expect(scheduled.status).toBe(201);
    const soon = scheduled.body.meeting.id;
    const { deps } = service();
    const current = await getMeeting(deps, actor("p-chair"), { meetingId });
    if (!current.ok) throw new Error(current.error.message);
    const moved = current.value.agenda.items.find(
      (item) => item.reference !== null && item.reference !== accepted,
    )!;
    const move = await updateAgendaItem(deps, actor("p-chair"), {
      meetingId,
      itemId: moved.id,
      version: current.value.agenda.version,
      moveToMeetingId: soon,
    });
    if (!move.ok) throw new Error(move.error.message);

    const page = await signIn("Morag Chalmers", soon);
    await page.getByRole("table", { name: "Papers not read yet" }).waitFor();
    await page
      .getByLabel(`Add a paper to ${moved.reference}`)
      .setInputFiles({ name: "Late report.pdf", mimeType: "application/pdf", buffer: smallPdf });
    await expect
      .poll(() => status(page).innerText())
      .toBe(`Late report.pdf filed for ${moved.reference}: late, after the papers deadline.`);
    const papers = page.getByRole("table", { name: "Papers", exact: true });
    expect(await papers.getByRole("row").filter({ hasText: "Late report.pdf" }).innerText()).toContain(
      "Late",
    );
    expect(await page.getByRole("list", { name: `Papers for ${moved.reference}` }).innerText()).toContain(
      "Late report.pdf (late)",
    );

    await page.getByRole("button", { name: "Publish agenda" }).click();
    await expect
      .poll(() => status(page).innerText())
      .toMatch(/It is late: the agenda deadline has passed\.$/);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.context().close();
  });

  it("moves an item to the panel's next meeting and it is on that meeting's agenda", async () => {
    const topic = "Joint training with the police";
    const { body: agenda } = await call<{ version: number }>(
      "GET",
      `/api/meetings/${meetingId}/agenda`,
      "p-coord",
    );
    const added = await call("POST", `/api/meetings/${meetingId}/agenda`, "p-coord", {
      kind: "topic",
      version: agenda.version,
      title: topic,
    });
    expect(added.status).toBe(201);

    const page = await signIn("Morag Chalmers");
    const choice = page.getByLabel(`Move to meeting for ${topic}`);
    // The meetings load after the page: wait for the next one before reading what is offered.
    await choice.locator(`option[value="${nextMeetingId}"]`).waitFor({ state: "attached" });
    // The panel's planned meetings to come, soonest first; not this one, nor the one held.
    const offered = await Promise.all(
      (await choice.locator("option").all()).map((option) => option.getAttribute("value")),
    );
    expect(offered).toContain(nextMeetingId);
    expect(offered).not.toContain(meetingId);
    expect(offered).not.toContain("m-icsmg-1");
    await choice.selectOption(nextMeetingId);
    const when = await choice.locator("option:checked").innerText();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByRole("button", { name: `Move ${topic} to that meeting` }).click();
    await expect.poll(() => status(page).innerText()).toBe(`${topic} moved to the meeting on ${when}.`);
    expect((await agendaTexts(page)).join("\n")).not.toContain(topic);
    // The focus leaves with the item's controls for the list it left, not for the top of the page.
    expect(await page.locator(":focus").getAttribute("aria-label")).toBe("Agenda items to arrange");
    await page.context().close();

    const next = await signIn("Morag Chalmers", nextMeetingId);
    expect((await agendaTexts(next)).join("\n")).toContain(topic);
    expect(await seriousAccessibilityProblems(next)).toEqual([]);
    await next.context().close();
  });

  it("offers no changes to a meeting already held", async () => {
    const page = await signIn("Morag Chalmers", "m-icsmg-1");
    await page.getByText("This meeting is held: its agenda can no longer change.").waitFor();
    expect(await page.getByRole("button", { name: /^(Build agenda|Publish agenda|Move up)/ }).count()).toBe(
      0,
    );
    await page.context().close();
  });

  it("shows a member the agenda and the paper, without the management tools", async () => {
    const page = await signIn("Sgt Ewan Munro");
    const agenda = await agendaTexts(page);
    expect(agenda.join("\n")).toContain(accepted);
    expect(agenda.join("\n")).toContain("Training dates for 2027");
    await page
      .getByRole("list", { name: `Papers for ${accepted}` })
      .getByRole("button", { name: "School report.pdf" })
      .waitFor();

    expect(await page.getByRole("heading", { name: "Manage the agenda" }).count()).toBe(0);
    expect(
      await page.getByRole("button", { name: /^(Build agenda|Publish agenda|Move up|Move down)/ }).count(),
    ).toBe(0);
    expect(await page.locator("input[type=file]").count()).toBe(0);
    // Members never download the management tools.
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((entry) => entry.name),
    );
    expect(scripts.filter((name) => name.includes("agenda-manager"))).toEqual([]);

    await expectNoChildDetails(page);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/agenda-ui-member.png", fullPage: true });
    await page.context().close();
  });

  it("names a presenter and invites the case's referrer to that item alone, who then sees only that item", async () => {
    const page = await signIn("Morag Chalmers");
    const itemText = async () => (await agendaTexts(page)).find((text) => text.includes(accepted));
    await page.getByLabel(`Presenter for ${accepted}`, { exact: true }).selectOption({
      label: "Sgt Ewan Munro, Police",
    });
    await page.getByRole("button", { name: `Set presenter for ${accepted}` }).click();
    await expect.poll(() => status(page).innerText()).toBe(`${accepted}: Sgt Ewan Munro presents.`);
    expect(await itemText()).toContain("Presenter: Sgt Ewan Munro");

    // The referrer refers to the panel but does not sit on it.
    const invite = page.getByLabel(`Invite to ${accepted}`, { exact: true });
    await invite.selectOption({ label: "Daniel Okafor, Social work" });
    await page.getByRole("button", { name: `Invite the person chosen to ${accepted}` }).click();
    await expect.poll(() => status(page).innerText()).toBe(`Daniel Okafor invited for ${accepted}.`);
    const invited = page.getByRole("list", { name: `Invited for ${accepted}` });
    expect(await invited.innerText()).toContain("Daniel Okafor");
    // Nobody is offered twice: once invited, the referrer leaves the list to invite from.
    expect(await invite.locator("option", { hasText: "Daniel Okafor" }).count()).toBe(0);

    // A second invitee, removed again: the focus goes to the list to invite from.
    await invite.selectOption({ label: "Dr Rhona Fraser, Psychology" });
    await page.getByRole("button", { name: `Invite the person chosen to ${accepted}` }).click();
    await expect.poll(() => status(page).innerText()).toBe(`Dr Rhona Fraser invited for ${accepted}.`);
    await page.getByRole("button", { name: `Remove Dr Rhona Fraser from ${accepted}` }).click();
    await expect
      .poll(() => status(page).innerText())
      .toBe(`Dr Rhona Fraser is no longer invited for ${accepted}.`);
    expect(await invited.innerText()).not.toContain("Dr Rhona Fraser");
    expect(await page.locator(":focus").getAttribute("id")).toBe(await invite.getAttribute("id"));
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await page.getByRole("button", { name: "Publish agenda" }).click();
    await expect.poll(() => status(page).innerText()).toMatch(/^Updated agenda published/);
    // The referrer already presents their own earlier case (seeded): they see that item too, and no other.
    const chairView = await agendaTexts(page);
    const theirs = chairView
      .filter((text) => text.includes(accepted) || text.includes("Presenter: Daniel Okafor"))
      .map((text) => text.split("\n")[0]!.replace(/^\d+\. /, ""));
    await page.context().close();

    const invitee = await signIn("Daniel Okafor");
    const seen = await agendaTexts(invitee);
    expect(seen.map((text) => text.split("\n")[0])).toEqual(theirs);
    expect(seen.length).toBeLessThan(chairView.length);
    expect(seen.join("\n")).not.toContain("Training dates for 2027");
    expect(seen.find((text) => text.includes(accepted))).toContain("Presenter: Sgt Ewan Munro");
    expect(await invitee.getByRole("heading", { name: "Manage the agenda" }).count()).toBe(0);
    await expectNoChildDetails(invitee);
    expect(await seriousAccessibilityProblems(invitee)).toEqual([]);
    await invitee.screenshot({ path: "/tmp/agenda-ui-invitee.png", fullPage: true });
    await invitee.context().close();
  });
});
