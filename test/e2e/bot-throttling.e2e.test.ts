import { fileReferral } from "@convenor/shared";
import { aValidReferralForm } from "@convenor/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotService, type BotService } from "./support/bot-service.js";
import { textOf } from "./support/card-inspection.js";
import { CapturingConnector } from "./support/capturing-connector.js";
import { as, testChild } from "./support/scenario.js";

const isgChat = { id: "19:isg-throttled@thread.v2", type: "groupChat" as const };

describe("Teams throttling a proactive send, over HTTP", () => {
  let service: BotService;
  let connector: CapturingConnector;

  beforeAll(async () => {
    connector = await new CapturingConnector().start();
    service = await startBotService();
    await as(service, connector, "p-chair", isgChat).say("link panel ISG", true);
  });
  afterAll(async () => {
    await service.close();
    await connector.close();
  });

  // A 429 goes straight back to the outbox, due again when Retry-After says: the Bot Connector client does
  // not sleep on it in-process (which would hold the worker for as long as Teams asks).
  it("reschedules a throttled card for when Retry-After says, with one request to Teams, then posts it once", async () => {
    const filed = await fileReferral(
      service.deps,
      { personId: "p-teacher", channel: "test", origin: null, correlationId: null },
      {
        panelId: "panel-isg",
        idempotencyKey: "throttled-card",
        mode: "submit",
        form: aValidReferralForm("isg", testChild),
      },
    );
    if (!filed.ok) throw new Error(filed.error.message);
    const reference = filed.value.referral.reference!;
    const posted = () =>
      as(service, connector, "p-chair", isgChat)
        .cards()
        .filter((card) => textOf(card).includes(reference));
    const pending = async () =>
      (await service.store.transaction((tx) => tx.outbox.due("9999-01-01T00:00:00Z", 100))).filter(
        (m) => m.kind === "referral.submitted" && m.payload.referralId === filed.value.referral.id,
      );
    const later = (seconds: number) =>
      service.clock.set(new Date(service.clock.now().getTime() + seconds * 1000).toISOString());

    connector.failNext(1, 429, 120);
    const requestsBefore = connector.requests;
    const throttledAt = service.clock.now().getTime();
    expect(await service.outbox.drainOnce()).toBe(0);
    expect(connector.requests - requestsBefore).toBe(1);
    expect(posted()).toHaveLength(0);
    const [held] = await pending();
    expect(held?.attempts).toBe(1);
    expect(Date.parse(held!.notBefore) - throttledAt).toBe(120_000);
    expect(connector.calls.filter((call) => call.conversationId === isgChat.id)).toHaveLength(1); // the link reply

    later(60); // before Retry-After has passed: not sent again yet
    await service.outbox.drainOnce();
    expect(connector.requests - requestsBefore).toBe(1);
    expect(posted()).toHaveLength(0);

    later(60);
    await service.outbox.drainOnce();
    expect(posted()).toHaveLength(1);
    expect(await pending()).toHaveLength(0);
  });
});
