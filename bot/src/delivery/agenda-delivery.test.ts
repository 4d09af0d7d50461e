import {
  buildAgenda,
  panelChat,
  personChat,
  publishAgenda,
  screenReferral,
  updateAgendaItem,
  type OutboxMessage,
} from "@convenor/shared";
import { aFiledReferral, aReferralScenario } from "@convenor/shared/testing";
import pino from "pino";
import { describe, expect, it } from "vitest";
import type { AdaptiveCard } from "../cards/card-elements.js";
import type { ConversationSender } from "./conversation-sender.js";
import { OutboxDeliverer } from "./outbox-deliverer.js";
import { RecipientUnreachableError } from "./unreachable-error.js";

class RecordingSender implements ConversationSender {
  readonly sent: { conversationId: string; card: AdaptiveCard }[] = [];
  send(reference: Record<string, unknown>, card: AdaptiveCard) {
    this.sent.push({ conversationId: (reference.conversation as { id: string }).id, card });
    return Promise.resolve({ activityId: `activity-${this.sent.length}` });
  }
  update() {
    return Promise.resolve();
  }
}

async function publishedAgenda() {
  const s = aReferralScenario("isg");
  const referral = await aFiledReferral(s);
  const chair = s.actor(s.people.chair);
  await screenReferral(s.deps, chair, {
    referralId: referral.id,
    idempotencyKey: "accept-1",
    decision: { kind: "accept", meetingId: "meeting-mar" },
  });
  const built = await buildAgenda(s.deps, chair, { meetingId: "meeting-mar" });
  if (!built.ok) throw new Error(built.error.message);
  const item = built.value.items.find((i) => i.reference !== null)!;
  await updateAgendaItem(s.deps, chair, {
    meetingId: "meeting-mar",
    version: built.value.version,
    itemId: item.id,
    invitedPersonIds: ["outsider"],
  });
  await publishAgenda(s.deps, chair, { meetingId: "meeting-mar" });
  const sender = new RecordingSender();
  const deliverer = new OutboxDeliverer({
    deps: s.deps,
    sender,
    logger: pino({ level: "silent" }),
    newNonce: () => "nonce",
    publicUrl: "https://convenor.example/",
  });
  const messages = s.store.contents().outbox.filter((m) => m.kind.startsWith("agenda."));
  return { s, referral, sender, deliverer, messages };
}

const reach = (s: ReturnType<typeof aReferralScenario>, key: string, id: string) =>
  s.store.transaction((tx) =>
    tx.conversations.put(key as ReturnType<typeof panelChat>, {
      conversation: { id },
      serviceUrl: "http://x",
    }),
  );

const textOf = (card: AdaptiveCard) => JSON.stringify(card);

describe("OutboxDeliverer: agenda notices", () => {
  it("posts the panel card with counts, the date and a link, and no case reference or child details", async () => {
    const { s, referral, sender, deliverer, messages } = await publishedAgenda();
    await reach(s, panelChat(s.panel.id), "panel-chat");
    const panelMessage = messages.find((m) => m.kind === "agenda.published")!;

    await deliverer.deliver(panelMessage);

    expect(sender.sent.map((m) => m.conversationId)).toEqual(["panel-chat"]);
    const card = textOf(sender.sent[0]!.card);
    expect(card).toContain("Agenda published");
    expect(card).toContain("5 Mar 2026, 10:00");
    expect(card).toContain("1 case");
    expect(card).toContain("https://convenor.example/tab/#/meetings/meeting-mar");
    expect(card).not.toContain(referral.reference!);
    expect(card).not.toMatch(/Morag|Example|2013-05-14|Northfield/);
  });

  it("tells an invitee their item only, in their personal chat", async () => {
    const { s, referral, sender, deliverer, messages } = await publishedAgenda();
    await reach(s, personChat("outsider"), "outsider-chat");
    const invitation = messages.find((m) => m.recipient === "person:outsider")!;

    await deliverer.deliver(invitation);

    const card = textOf(sender.sent[0]!.card);
    expect(card).toContain(referral.reference!);
    expect(card).toContain("invited to these items only");
    expect(card).not.toContain("Minutes of the last meeting");
  });

  it("holds a notice for a chat Convenor cannot reach yet", async () => {
    const { deliverer, messages } = await publishedAgenda();
    const panelMessage: OutboxMessage = messages.find((m) => m.kind === "agenda.published")!;
    await expect(deliverer.deliver(panelMessage)).rejects.toBeInstanceOf(RecipientUnreachableError);
  });
});
