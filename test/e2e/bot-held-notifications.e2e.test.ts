import { aValidReferralForm } from "@convenor/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotService, type BotService } from "./support/bot-service.js";
import { actionOf, asCardInputs, clickData, textOf } from "./support/card-inspection.js";
import { CapturingConnector } from "./support/capturing-connector.js";
import { as, testChild } from "./support/scenario.js";

const lcjstChat = { id: "19:lcjst-screening@thread.v2", type: "groupChat" as const };

describe("notifications for someone Teams cannot reach yet", () => {
  let service: BotService;
  let connector: CapturingConnector;

  beforeAll(async () => {
    connector = await new CapturingConnector().start();
    service = await startBotService();
  });
  afterAll(async () => {
    await service.close();
    await connector.close();
  });

  it("holds a screening card until the panel's chat is linked, then posts it there", async () => {
    const teacher = as(service, connector, "p-teacher");
    await teacher.say("refer");
    const form = await teacher.click(
      "refer.choose-panel",
      clickData(actionOf(teacher.cards().at(-1), "refer.choose-panel"), { panelId: "panel-lcjst" }),
    );
    const confirmation = await teacher.click(
      "referral.submit",
      clickData(actionOf(form, "referral.submit"), asCardInputs(aValidReferralForm("lc-jst", testChild))),
    );
    const reference = /LCJST-\d{4}-\d{4}/.exec(textOf(confirmation))?.[0];
    expect(reference).toBeDefined();

    // No chat is linked to the LC-JST yet: the card is kept, not lost.
    await service.outbox.drainOnce();
    const held = await service.store.transaction((tx) => tx.outbox.due("9999-12-31T00:00:00.000Z", 100));
    expect(held.filter((message) => message.recipient === "panel:panel-lcjst")).toHaveLength(1);

    const chairInChat = as(service, connector, "p-chair", lcjstChat);
    await chairInChat.say("link panel LC-JST", true);
    await service.outbox.drainOnce();
    expect(chairInChat.cards().some((card) => textOf(card).includes(reference!))).toBe(true);
  });
});
