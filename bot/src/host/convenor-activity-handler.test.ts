import { personChat } from "@convenor/shared";
import { InMemoryStore, FixedClock, aPanel, aPerson, aMembership } from "@convenor/shared/testing";
import { ActivityTypes, TestAdapter, type Activity } from "botbuilder";
import pino from "pino";
import { describe, expect, it } from "vitest";
import type { BotContext } from "../conversation/bot-context.js";
import { ConvenorActivityHandler } from "./convenor-activity-handler.js";

const teacher = aPerson({ id: "p-teacher", displayName: "Aileen MacLeod", entraObjectId: "aad-teacher" });
const isg = aPanel("isg", { id: "panel-isg", name: "Inverness ISG" });
const lcjst = aPanel("lc-jst", { id: "panel-lcjst", name: "Millburn LC-JST" });

function harness() {
  const store = new InMemoryStore({
    people: [teacher],
    panels: [isg, lcjst],
    memberships: [aMembership(isg, teacher, ["referrer"]), aMembership(lcjst, teacher, ["referrer"])],
  });
  let nonce = 0;
  const ctx: BotContext = {
    deps: { store, clock: new FixedClock("2026-03-02T09:00:00Z") },
    logger: pino({ level: "silent" }),
    newNonce: () => `nonce-${String(++nonce).padStart(4, "0")}`,
  };
  const handler = new ConvenorActivityHandler(ctx);
  const adapter = new TestAdapter((context) => handler.run(context));
  const from = { id: "29:teacher", name: teacher.displayName, aadObjectId: "aad-teacher" };
  return { adapter, from, store };
}

const cardIn = (activity: Partial<Activity>) =>
  (activity.attachments?.[0]?.content ?? {}) as { body: { id?: string; text?: string; type: string }[] };

describe("ConvenorActivityHandler with botbuilder's TestAdapter", () => {
  it("answers help with the commands, and anything unknown with help", async () => {
    const { adapter, from } = harness();
    await adapter
      .send({ type: ActivityTypes.Message, text: "help", from })
      .assertReply((reply) => expect(JSON.stringify(cardIn(reply))).toContain("my referrals"))
      .send({ type: ActivityTypes.Message, text: "dance", from })
      .assertReply((reply) => expect(JSON.stringify(cardIn(reply))).toContain("I did not recognise that"))
      .startTest();
  });

  it("offers a choice of panel to someone who refers to several, and remembers their personal chat", async () => {
    const { adapter, from, store } = harness();
    await adapter
      .send({ type: ActivityTypes.Message, text: "refer", from })
      .assertReply((reply) => {
        const card = JSON.stringify(cardIn(reply));
        expect(card).toContain("Inverness ISG");
        expect(card).toContain("Millburn LC-JST");
      })
      .startTest();
    expect(await store.transaction((tx) => tx.conversations.get(personChat("p-teacher")))).not.toBeNull();
  });

  it("returns the form with errors by field to an Action.Execute that submits too little, storing nothing", async () => {
    const { adapter, from, store } = harness();
    await adapter.processActivity({
      type: ActivityTypes.Invoke,
      name: "adaptiveCard/action",
      from,
      value: {
        action: {
          type: "Action.Execute",
          verb: "referral.submit",
          data: { convenor: { panelId: "panel-isg", cardId: "nonce-card-1" }, "child.givenName": "Kirsty" },
        },
      },
    });
    const response = adapter.activeQueue.find((a) => a.type === "invokeResponse");
    const body = (response?.value as { body: { value: { body: { id?: string; value?: string }[] } } }).body;
    const ids = body.value.body.map((e) => e.id);
    expect(ids).toContain("child.familyName.error");
    expect(body.value.body.find((e) => e.id === "child.givenName")?.value).toBe("Kirsty");
    expect(await store.transaction((tx) => tx.referrals.list({}))).toEqual([]);
  });
});
