import {
  fileReferral,
  panelChat,
  personChat,
  reserveConversationSend,
  teamsConversationLimits,
} from "@convenor/shared";
import { anOutboxMessage, aReferralScenario, aValidReferralForm } from "@convenor/shared/testing";
import pino from "pino";
import { describe, expect, it } from "vitest";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { ConversationRateLimiter } from "./conversation-rate-limiter.js";
import type { ConversationSender } from "./conversation-sender.js";
import { OutboxDeliverer } from "./outbox-deliverer.js";

class RecordingSender implements ConversationSender {
  readonly sent: { conversationId: string; card: AdaptiveCard }[] = [];
  readonly updated: string[] = [];
  send(reference: Record<string, unknown>, card: AdaptiveCard) {
    this.sent.push({ conversationId: (reference.conversation as { id: string }).id, card });
    return Promise.resolve({ activityId: `activity-${this.sent.length}` });
  }
  update(_reference: Record<string, unknown>, activityId: string) {
    this.updated.push(activityId);
    return Promise.resolve();
  }
}

describe("OutboxDeliverer", () => {
  it("throws with retryAfterMs when a conversation is over Teams' limit, and sends within it", async () => {
    const scenario = aReferralScenario("isg");
    const { store, clock } = scenario;
    const referrer = scenario.people.referrer;
    const filed = await fileReferral(scenario.deps, scenario.actor(referrer), {
      panelId: scenario.panel.id,
      idempotencyKey: "card-1",
      mode: "submit",
      form: aValidReferralForm("isg"),
    });
    if (!filed.ok) throw new Error(filed.error.message);
    const referral = filed.value.referral;
    const personId = referrer.id;
    await store.transaction((tx) =>
      tx.conversations.put(personChat(personId), {
        conversation: { id: "a:personal" },
        serviceUrl: "http://x",
      }),
    );
    const sender = new RecordingSender();
    const now = 0;
    const deliverer = new OutboxDeliverer({
      deps: { store, clock },
      sender,
      logger: pino({ level: "silent" }),
      newNonce: () => "nonce-0001",
      limiter: new ConversationRateLimiter(
        (conversationId, atMs) =>
          reserveConversationSend(
            { store, clock },
            { conversationId, atMs, windows: teamsConversationLimits },
          ),
        () => now,
      ),
      maxInlineWaitMs: 0,
    });
    const message = (i: number) =>
      anOutboxMessage({
        id: `o-${i}`,
        recipient: `person:${personId}`,
        payload: { referralId: referral.id, state: "declined", reason: "Not this panel" },
        createdAt: clock.now().toISOString(),
      });
    for (let i = 0; i < 7; i += 1) await deliverer.deliver(message(i));
    await expect(deliverer.deliver(message(8))).rejects.toMatchObject({ retryAfterMs: 1_000 });
    expect(sender.sent).toHaveLength(7);
  });

  it("keeps an outcome for someone who has never chatted with Convenor, and delivers it once they have", async () => {
    const scenario = aReferralScenario("isg");
    const { store, clock } = scenario;
    const referrer = scenario.people.referrer;
    const filed = await fileReferral(scenario.deps, scenario.actor(referrer), {
      panelId: scenario.panel.id,
      idempotencyKey: "card-2",
      mode: "submit",
      form: aValidReferralForm("isg"),
    });
    if (!filed.ok) throw new Error(filed.error.message);
    const sender = new RecordingSender();
    const deliverer = new OutboxDeliverer({
      deps: { store, clock },
      sender,
      logger: pino({ level: "silent" }),
      newNonce: () => "nonce-0002",
    });
    const outcome = anOutboxMessage({
      id: "o-unreachable",
      recipient: `person:${referrer.id}`,
      payload: { referralId: filed.value.referral.id, state: "accepted" },
      createdAt: clock.now().toISOString(),
    });
    await expect(deliverer.deliver(outcome)).rejects.toMatchObject({ retryAfterMs: 300_000 });
    expect(sender.sent).toEqual([]);

    await store.transaction((tx) =>
      tx.conversations.put(personChat(referrer.id), {
        conversation: { id: "a:personal" },
        serviceUrl: "http://x",
      }),
    );
    await deliverer.deliver(outcome);
    expect(sender.sent.map((sent) => sent.conversationId)).toEqual(["a:personal"]);
  });

  it("keeps a screening card until the panel has a linked conversation", async () => {
    const scenario = aReferralScenario("isg");
    const filed = await fileReferral(scenario.deps, scenario.actor(scenario.people.referrer), {
      panelId: scenario.panel.id,
      idempotencyKey: "card-3",
      mode: "submit",
      form: aValidReferralForm("isg"),
    });
    if (!filed.ok) throw new Error(filed.error.message);
    const [submitted] = scenario.store.contents().outbox.filter((m) => m.kind === "referral.submitted");
    const deliverer = new OutboxDeliverer({
      deps: { store: scenario.store, clock: scenario.clock },
      sender: new RecordingSender(),
      logger: pino({ level: "silent" }),
      newNonce: () => "nonce-0003",
    });
    await expect(deliverer.deliver(submitted!)).rejects.toMatchObject({ name: "RecipientUnreachableError" });
  });

  describe("posts one screening card per referral", () => {
    async function filedToLinkedPanel(key: string) {
      const scenario = aReferralScenario("isg");
      const filed = await fileReferral(scenario.deps, scenario.actor(scenario.people.referrer), {
        panelId: scenario.panel.id,
        idempotencyKey: key,
        mode: "submit",
        form: aValidReferralForm("isg"),
      });
      if (!filed.ok) throw new Error(filed.error.message);
      await scenario.store.transaction((tx) =>
        tx.conversations.put(panelChat(scenario.panel.id), {
          conversation: { id: "19:panel@thread.v2" },
          serviceUrl: "http://x",
        }),
      );
      const [submitted] = scenario.store.contents().outbox.filter((m) => m.kind === "referral.submitted");
      const sender = new RecordingSender();
      const deliverer = new OutboxDeliverer({
        deps: { store: scenario.store, clock: scenario.clock },
        sender,
        logger: pino({ level: "silent" }),
        newNonce: () => "nonce-0004",
      });
      return { submitted: submitted!, sender, deliverer };
    }

    it("updates the card it already posted when a submitted notice is delivered again", async () => {
      const { submitted, sender, deliverer } = await filedToLinkedPanel("card-4");
      await deliverer.deliver(submitted);
      await deliverer.deliver(submitted); // e.g. retried after a crash before it was marked delivered
      expect(sender.sent.map((sent) => sent.conversationId)).toEqual(["19:panel@thread.v2"]);
      expect(sender.updated).toEqual(["activity-1"]);
    });

    it("updates rather than posts when the screened notice arrived first", async () => {
      const { submitted, sender, deliverer } = await filedToLinkedPanel("card-5");
      await deliverer.deliver({ ...submitted, id: "o-screened", kind: "referral.screened" });
      await deliverer.deliver(submitted);
      expect(sender.sent).toHaveLength(1);
      expect(sender.updated).toEqual(["activity-1"]);
    });
  });
});
