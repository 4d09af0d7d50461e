import { meetingDeadlines, sendRedListNotices, sendTrackerCards } from "@convenor/shared";
import { demoChildren } from "@convenor/server/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botServicePublicUrl, startBotService, type BotService } from "./support/bot-service.js";
import { actionOf, clickData, inputsOf, textOf } from "./support/card-inspection.js";
import { CapturingConnector } from "./support/capturing-connector.js";
import { as } from "./support/scenario.js";

const hrpChat = { id: "19:hrp-red-list@thread.v2", type: "groupChat" as const };
const job = { personId: "convenor", channel: "worker", origin: null, correlationId: null };
const worker = "p-sw-north"; // Grace Adeyemi: rates Amira Hussain (c-10) and Connor Reid (c-11)
const greens = (childId: string) => ({
  [`rag:${childId}:missing-or-exploitation`]: "green",
  [`rag:${childId}:education-employment-training`]: "green",
  [`rag:${childId}:placement-permanency`]: "green",
  [`rag:${childId}:youth-justice`]: "green",
  [`rag:${childId}:health`]: "green",
});

describe("the monthly tracker, over HTTP to Teams", () => {
  let service: BotService;
  let connector: CapturingConnector;

  beforeAll(async () => {
    connector = await new CapturingConnector().start();
    // Tuesday 1 December 2026: the first working day of December, when the cards go out.
    service = await startBotService({ now: "2026-12-01T08:00:00Z" });
    await as(service, connector, worker).say("help");
    await as(service, connector, "p-cic-manager", hrpChat).say("link panel panel-hrp", true);
    await service.outbox.drainOnce();
  });
  afterAll(async () => {
    await service.close();
    await connector.close();
  });

  const grace = () => as(service, connector, worker);
  const latestTrackerCard = () =>
    grace()
      .cards()
      .filter((card) => textOf(card).includes("Monthly tracker"))
      .at(-1);
  const sendCards = async () => {
    const sent = await sendTrackerCards(service.deps, job);
    expect(sent.ok).toBe(true);
    await service.outbox.drainOnce();
  };

  it("sends the worker their card, saves part-way, names what is missing, then submits", async () => {
    await sendCards();
    await sendCards(); // a second instance's run, or the next hour's: no second card
    const cards = grace()
      .cards()
      .filter((card) => textOf(card).includes("Monthly tracker: Dec 2026"));
    expect(cards).toHaveLength(1);
    const card = cards[0]!;
    expect(textOf(card)).toContain("Amira Hussain");
    expect(textOf(card)).toContain("Connor Reid");
    expect(textOf(card)).toContain("Last month: Missing or exploitation");
    expect(textOf(card)).toContain("Plans are not clear and agencies are not developing appropriate plans.");
    expect(inputsOf(card).map((input) => input.id)).toContain("rag:c-10:health");

    const saved = await grace().click(
      "tracker.save",
      clickData(actionOf(card, "tracker.save"), { "rag:c-10:health": "red" }),
    );
    expect(textOf(saved)).toContain("Saved.");
    expect(inputsOf(saved).find((input) => input.id === "rag:c-10:health")?.value).toBe("red");
    const stored = await service.store.read((tx) => tx.ratings.entry("panel-hrp", "c-10", "2026-12"));
    expect(stored).toMatchObject({ complete: false, areas: { health: "red" } });

    const early = await grace().click("tracker.submit", clickData(actionOf(saved, "tracker.submit"), {}));
    expect(textOf(early)).toContain("Not submitted");
    // Names are shown literally (markdown escaped): this is the worker's personal chat.
    expect(textOf(early)).toMatch(/Amira Hussain \\?\(Missing or exploitation, .*Youth justice\\?\)/);
    expect(textOf(early)).toMatch(/Connor Reid \\?\(all five areas\\?\)/);

    const choices = { ...greens("c-10"), "rag:c-10:health": "red", ...greens("c-11") };
    const submitAction = actionOf(early, "tracker.submit");
    const submitted = await grace().click("tracker.submit", clickData(submitAction, choices));
    expect(textOf(submitted)).toContain("Submitted. Thank you.");
    // A double click: counted once.
    const again = await grace().click("tracker.submit", clickData(submitAction, choices));
    expect(textOf(again)).toContain("Submitted");
    const audit = await service.store.read((tx) => tx.audit.list({ childId: "c-10" }));
    expect(audit.filter((entry) => entry.action === "tracker.submitted")).toHaveLength(1);
  });

  it("lists the young person on the next High Risk Panel meeting after a second red in the same area", async () => {
    service.clock.set("2027-01-04T09:00:00Z"); // Monday 4 January: the first working day of 2027
    await sendCards();
    const card = latestTrackerCard()!;
    expect(textOf(card)).toContain("Monthly tracker: Jan 2027");
    expect(textOf(card)).toContain("Health Red"); // last month's rating

    const choices = { ...greens("c-10"), "rag:c-10:health": "red", ...greens("c-11") };
    const submitted = await grace().click(
      "tracker.submit",
      clickData(actionOf(card, "tracker.submit"), choices),
    );
    expect(textOf(submitted)).toContain("One young person is listed for the next panel.");

    const [next] = await service.store.read((tx) =>
      tx.meetings.upcoming("panel-hrp", "2027-01-04T09:00:00Z"),
    );
    const items = await service.store.read((tx) => tx.agenda.listForMeeting(next!.id));
    const listed = items.filter((item) => item.source === "red-list");
    expect(listed.map((item) => item.childId)).toEqual(["c-10"]);
    expect(listed[0]!.title).toMatch(/^Tracker: red in Health, Dec 2026 and Jan 2027 \(YP-[0-9A-F]{6}\)$/);
  });

  it("sends the panel chat the red list two weeks before, with counts and a link only", async () => {
    const [next] = await service.store.read((tx) =>
      tx.meetings.upcoming("panel-hrp", "2027-01-04T09:00:00Z"),
    );
    const panel = await service.store.read((tx) => tx.panels.get("panel-hrp"));
    const deadline = meetingDeadlines(panel!.settings, next!.startsAt).redList!;
    service.clock.set(`${deadline}T09:00:00Z`);
    for (let run = 0; run < 2; run += 1) {
      const sent = await sendRedListNotices(service.deps, job);
      expect(sent.ok).toBe(true);
    }
    await service.outbox.drainOnce();

    const cards = as(service, connector, "p-cic-manager", hrpChat)
      .cards()
      .filter((card) => textOf(card).includes("Red list"));
    expect(cards).toHaveLength(1);
    const text = JSON.stringify(cards[0]);
    expect(textOf(cards[0])).toContain("Young people");
    expect(textOf(cards[0])).toContain("Newly listed");
    expect(text).toContain(`${botServicePublicUrl}/tab/#/meetings/${next!.id}/red-list`);
    for (const child of demoChildren) {
      expect(text).not.toContain(child.familyName);
      expect(text).not.toContain(child.givenName);
      expect(text).not.toContain(child.dateOfBirth);
    }
    const logs = service.logs.join("\n");
    for (const child of demoChildren) expect(logs).not.toContain(child.familyName);
  });
});
