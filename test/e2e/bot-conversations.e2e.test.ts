import { fileReferral } from "@convenor/shared";
import { aValidReferralForm } from "@convenor/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotService, type BotService } from "./support/bot-service.js";
import { textOf } from "./support/card-inspection.js";
import { CapturingConnector, cardOf } from "./support/capturing-connector.js";
import { as, expectNoChildData, testChild } from "./support/scenario.js";
import { installActivity } from "./support/teams-activities.js";

const channel = "19:isg-panel@thread.tacv2";
/** A message in a thread of the channel: Teams puts the thread's root message id in the conversation id. */
const thread = (root: number) => ({ id: `${channel};messageid=${root}`, type: "channel" as const });
const references = (text: string) => [...text.matchAll(/\b([A-Z]+)-\d{4}-\d{4}\b/g)].map((m) => m[1]);

describe("commands in personal chat, channels and threads, over HTTP", () => {
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

  it("welcomes on install with what Convenor does and its commands, in personal chat and in a channel", async () => {
    const chair = as(service, connector, "p-chair");
    await service.post(installActivity(chair.conversation, connector.url, service.person("p-chair")));
    const personal = textOf(chair.cards().at(-1));
    expect(personal).toContain("Convenor runs multi-agency children's panels");
    for (const command of ["refer", "my referrals", "queue", "help"]) expect(personal).toContain(command);

    const inChannel = as(service, connector, "p-chair", { id: "19:welcome@thread.tacv2", type: "channel" });
    await service.post(installActivity(inChannel.conversation, connector.url, service.person("p-chair")));
    expect(textOf(inChannel.cards().at(-1))).toContain("@mention Convenor");
  });

  it("lists the queue of every panel the person screens in personal chat", async () => {
    const chair = as(service, connector, "p-chair");
    await chair.say("queue");
    const queue = textOf(chair.cards().at(-1));
    expect(queue).toContain("Screening queue");
    expect(new Set(references(queue))).toEqual(new Set(["LCJST", "ISG", "ICSMG"]));
    expect(queue).not.toContain("Kirsty");
  });

  it("answers in a channel only when @mentioned, and shows no queue in a channel not linked to a panel", async () => {
    const chair = as(service, connector, "p-chair", { id: "19:staff@thread.tacv2", type: "channel" });
    await chair.say("queue");
    await chair.say("help");
    expect(chair.cards()).toHaveLength(0);
    await chair.say("queue", true);
    const reply = textOf(chair.cards().at(-1));
    expect(reply).toContain("Use personal chat");
    expect(references(reply)).toEqual([]);
    await chair.say("help", true);
    expect(textOf(chair.cards().at(-1))).toContain("my referrals");
  });

  it("links the channel from a thread, posts screening cards as new channel posts, and shows only that panel's queue there", async () => {
    const linking = as(service, connector, "p-chair", thread(123));
    await linking.say("link panel ISG", true);
    expect(textOf(linking.cards().at(-1))).toContain("Panel linked");

    const filed = await fileReferral(
      service.deps,
      { personId: "p-teacher", channel: "test", origin: null, correlationId: null },
      {
        panelId: "panel-isg",
        idempotencyKey: "thread-test-card",
        mode: "submit",
        form: aValidReferralForm("isg", testChild),
      },
    );
    if (!filed.ok) throw new Error(filed.error.message);
    const reference = filed.value.referral.reference!;
    await service.outbox.drainOnce();

    // Teams threads a post by its conversation id: the channel's own id starts a new post.
    const posts = connector.calls.filter((call) => textOf(cardOf(call.activity)).includes(reference));
    expect(posts.map((call) => call.conversationId)).toEqual([channel]);

    const inAnotherThread = as(service, connector, "p-chair", thread(456));
    await inAnotherThread.say("queue", true);
    const queue = textOf(inAnotherThread.cards().at(-1));
    expect(queue).toContain(reference);
    expect(new Set(references(queue))).toEqual(new Set(["ISG"]));
    expectNoChildData(queue);
  });
});
