import { aValidReferralForm } from "@convenor/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotService, type BotService } from "./support/bot-service.js";
import {
  actionOf,
  asCardInputs,
  clickData,
  elementsOf,
  inputsOf,
  textOf,
} from "./support/card-inspection.js";
import { CapturingConnector, cardOf } from "./support/capturing-connector.js";
import { as, expectNoChildData, testChild } from "./support/scenario.js";

const lcjstChat = { id: "19:lcjst-screening@thread.v2", type: "channel" as const };
const icsmgChat = { id: "19:icsmg-screening@thread.v2", type: "groupChat" as const };

describe("screening outcomes, urgent requests and a Teams outage, over HTTP", () => {
  let service: BotService;
  let connector: CapturingConnector;

  beforeAll(async () => {
    connector = await new CapturingConnector().start();
    service = await startBotService();
    for (const id of ["p-chair", "p-coord", "p-sw"]) await as(service, connector, id).say("help");
    await as(service, connector, "p-coord", lcjstChat).say("link panel LC-JST", true);
    await as(service, connector, "p-chair", icsmgChat).say("link panel icsmg", true);
  });
  afterAll(async () => {
    await service.close();
    await connector.close();
  });

  /** Files a referral as the social worker (who refers to ICSMG, LC-JST and ISG) and returns its reference. */
  async function file(
    panelId: string,
    preset: "lc-jst" | "icsmg",
    overrides: Record<string, unknown> = {},
    deliver = true,
  ) {
    const worker = as(service, connector, "p-sw");
    await worker.say("refer");
    const choice = worker.cards().at(-1);
    const form = await worker.click(
      "refer.choose-panel",
      clickData(actionOf(choice, "refer.choose-panel"), { panelId }),
    );
    const inputs = asCardInputs(
      aValidReferralForm(preset, { ...testChild, "referrer.agency": "social-work", ...overrides }),
    );
    const confirmation = await worker.click(
      "referral.submit",
      clickData(actionOf(form, "referral.submit"), inputs),
    );
    const reference = /[A-Z-]+-\d{4}-\d{4}/.exec(textOf(confirmation))?.[0];
    if (!reference) throw new Error(`not filed: ${textOf(confirmation)}`);
    if (deliver) await service.outbox.drainOnce();
    return reference;
  }

  function screeningCardFor(chat: { id: string }, reference: string) {
    const card = as(service, connector, "p-coord", chat as typeof lcjstChat)
      .cards()
      .find((c) => textOf(c).includes(reference));
    if (!card) throw new Error(`no screening card for ${reference}`);
    return card;
  }

  it("returns with a question, takes a resubmission of the same referral, then declines with a reason", async () => {
    const reference = await file("panel-lcjst", "lc-jst");
    const coordinator = as(service, connector, "p-coord", lcjstChat);
    const worker = as(service, connector, "p-sw");
    const detail = await coordinator.click(
      "screening.open",
      clickData(actionOf(screeningCardFor(lcjstChat, reference), "screening.open")),
    );
    const returnAction = actionOf(detail, "screening.decide", (d) => d.decision === "return");
    const returned = await coordinator.click(
      "screening.decide",
      clickData(returnAction, { "screening.question": "What did the school nurse find?" }),
    );
    expect(textOf(returned)).toContain("Returned: more information needed");
    await service.outbox.drainOnce();

    const outcome = worker.cards().at(-1);
    expect(textOf(outcome)).toContain(`Referral ${reference}: returned`);
    expect(textOf(outcome)).toContain("What did the school nurse find?");
    const edit = await worker.click("referral.edit", clickData(actionOf(outcome, "referral.edit")));
    expect(textOf(edit)).toContain("The panel asks: What did the school nurse find?");
    expect(inputsOf(edit).find((i) => i.id === "child.familyName")?.value).toBe("Testchild");
    const answer = Object.fromEntries(
      inputsOf(edit).map((i) => [String(i.id), typeof i.value === "string" ? i.value : ""]),
    );
    const resubmitted = await worker.click(
      "referral.submit",
      clickData(actionOf(edit, "referral.submit"), {
        ...answer,
        reason: "School nurse: weight loss since October.",
        "resubmission.answer": "The school nurse found weight loss since October.",
      }),
    );
    expect(textOf(resubmitted)).toContain("Referral resubmitted");
    expect(textOf(resubmitted)).toContain(reference);
    await service.outbox.drainOnce();

    // One card per referral: the one already in the chat is updated back to awaiting screening.
    const posts = as(service, connector, "p-coord", lcjstChat)
      .cards()
      .filter((c) => textOf(c).includes(reference));
    expect(posts).toHaveLength(1);
    const fresh = connector
      .updatesIn(lcjstChat.id)
      .map((update) => cardOf(update.activity))
      .filter((card) => textOf(card).includes(reference))
      .at(-1);
    expect(textOf(fresh)).toContain("Awaiting screening");
    const secondDetail = await coordinator.click(
      "screening.open",
      clickData(actionOf(fresh, "screening.open")),
    );
    expect(textOf(secondDetail)).toContain("weight loss since October");
    expect(textOf(secondDetail)).toContain("The panel asked");
    expect(textOf(secondDetail)).toContain("What did the school nurse find?");
    expect(textOf(secondDetail)).toContain("The school nurse found weight loss since October.");
    expect(textOf(secondDetail)).toContain("Changed since it was returned (1):");
    const declined = await coordinator.click(
      "screening.decide",
      clickData(
        actionOf(secondDetail, "screening.decide", (d) => d.decision === "decline"),
        {
          "screening.reason": "Single-agency support first: school nursing review.",
        },
      ),
    );
    expect(textOf(declined)).toContain("Declined");
    await service.outbox.drainOnce();
    const declinedOutcome = worker.cards().at(-1);
    expect(textOf(declinedOutcome)).toContain(`Referral ${reference}: declined`);
    expect(textOf(declinedOutcome)).toContain("Single-agency support first");
    for (const call of connector.calls.filter((c) => c.conversationId === lcjstChat.id)) {
      expectNoChildData(JSON.stringify(call.activity));
    }
  });

  it("gives back the detail with the error by its input when a question is too long or a reason blank", async () => {
    const reference = await file("panel-lcjst", "lc-jst");
    const coordinator = as(service, connector, "p-coord", lcjstChat);
    const detail = await coordinator.click(
      "screening.open",
      clickData(actionOf(screeningCardFor(lcjstChat, reference), "screening.open")),
    );
    const tooLong = await coordinator.click(
      "screening.decide",
      clickData(
        actionOf(detail, "screening.decide", (d) => d.decision === "return"),
        {
          "screening.question": "Why? ".repeat(401),
        },
      ),
    );
    expect(elementsOf(tooLong).find((e) => e.id === "screening.question.error")?.text).toContain("2000");
    expect(inputsOf(tooLong).find((i) => i.id === "screening.question")?.value).toBe("Why? ".repeat(401));
    const blank = await coordinator.click(
      "screening.decide",
      clickData(
        actionOf(tooLong, "screening.decide", (d) => d.decision === "decline"),
        {
          "screening.reason": "   ",
        },
      ),
    );
    expect(elementsOf(blank).find((e) => e.id === "screening.reason.error")).toBeDefined();
    const referral = (await service.store.transaction((tx) => tx.referrals.list({}))).find(
      (r) => r.reference === reference,
    );
    expect(referral?.state).toBe("submitted");
  });

  it("sends an urgent request to the emergency authoriser, who approves it for retrospective consideration", async () => {
    const reference = await file("panel-icsmg", "icsmg", {
      urgency: "urgent",
      "urgency.reason": "Placement breaks down on Friday.",
    });
    const chair = as(service, connector, "p-chair");
    const urgent = chair.cards().find((c) => textOf(c).includes(`Urgent request ${reference}`));
    expect(urgent).toBeDefined();
    expectNoChildData(JSON.stringify(urgent));
    const approved = await chair.click(
      "urgent.decide",
      clickData(
        actionOf(urgent, "urgent.decide", (d) => d.decision === "approve"),
        {
          "urgent.reason": "Emergency placement agreed.",
        },
      ),
    );
    expect(textOf(approved)).toContain(`Urgent request ${reference} approved`);
    expect(textOf(approved)).toContain("retrospective consideration");
    await service.outbox.drainOnce();
    const outcome = as(service, connector, "p-sw").cards().at(-1);
    expect(textOf(outcome)).toContain(reference);
    expect(textOf(outcome)).toContain("retrospective consideration");
  });

  it("refuses bad input with a clear answer and changes nothing", async () => {
    const teacher = as(service, connector, "p-teacher");
    const before = await service.store.transaction((tx) => tx.referrals.list({}));

    const malformed = await fetch(`${service.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(["not", "an", "activity"]),
    });
    expect(malformed.status).toBe(400);
    const notJson = await fetch(`${service.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect(notJson.status).toBe(400);

    await teacher.say("please file something");
    expect(textOf(teacher.cards().at(-1))).toContain("I did not recognise that");

    const silent = as(service, connector, "p-teacher", { id: "19:staffroom@thread.v2", type: "groupChat" });
    await silent.say("refer");
    expect(silent.cards()).toHaveLength(0);
    await silent.say("refer", true);
    expect(textOf(silent.cards().at(-1))).toContain("Use personal chat");

    const forged = await teacher.click("referral.submit", {
      convenor: { verb: "referral.submit", panelId: "panel-isg" },
    });
    expect(textOf(forged)).toContain("out of date");
    const notHers = await teacher.click("referral.submit", {
      convenor: { verb: "referral.submit", panelId: "panel-hrp", cardId: "forged-card-0001" },
      ...asCardInputs(aValidReferralForm("lc-jst", testChild)),
    });
    expect(textOf(notHers)).toMatch(/does not take referrals|cannot refer/);
    const unknownVerb = await teacher.click("referral.delete-everything", { convenor: {} });
    expect(textOf(unknownVerb)).toContain("out of date");
    const notAllowedLink = as(service, connector, "p-teacher", {
      id: "19:isg-2@thread.v2",
      type: "groupChat",
    });
    await notAllowedLink.say("link panel ISG", true);
    expect(textOf(notAllowedLink.cards().at(-1))).toContain("Only the panel's chair or coordinator");

    const stranger = await service.post({
      type: "message",
      id: "stranger-1",
      channelId: "msteams",
      serviceUrl: connector.url,
      text: "refer",
      from: { id: "29:stranger", aadObjectId: "00000000-0000-0000-0000-00000000dead" },
      recipient: { id: "28:convenor-bot" },
      conversation: { id: "a:stranger", conversationType: "personal" },
    });
    expect(stranger.status).toBe(200);
    expect(
      textOf(as(service, connector, "p-teacher", { id: "a:stranger", type: "personal" }).cards().at(-1)),
    ).toContain("Not set up in Convenor");
    expect(await service.store.transaction((tx) => tx.referrals.list({}))).toEqual(before);
  });

  it("keeps a notification through a Teams outage and delivers it once Teams is back", async () => {
    const coordinator = as(service, connector, "p-coord", lcjstChat);
    const reference = await file("panel-lcjst", "lc-jst", {}, false);
    connector.failNext(100, 503);
    await service.outbox.drainOnce();
    const due = await service.store.transaction((tx) => tx.outbox.due("9999-01-01T00:00:00Z", 50));
    expect(due.some((m) => m.kind === "referral.submitted" && m.attempts > 0 && m.lastError)).toBe(true);
    connector.recover();
    service.clock.set(new Date(service.clock.now().getTime() + 60_000).toISOString());
    await service.outbox.drainOnce();
    const stillDue = await service.store.transaction((tx) => tx.outbox.due("9999-01-01T00:00:00Z", 50));
    expect(stillDue.filter((m) => m.kind === "referral.submitted")).toHaveLength(0);
    expect(coordinator.cards().filter((c) => textOf(c).includes(reference))).toHaveLength(1);
  });
});
