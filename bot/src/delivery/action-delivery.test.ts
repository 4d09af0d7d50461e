import { addAction, buildAgenda, personChat, recordDecision, screenReferral } from "@convenor/shared";
import { aFiledReferral, aReferralScenario } from "@convenor/shared/testing";
import pino from "pino";
import { describe, expect, it } from "vitest";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { cardProblems } from "../cards/card-validation.test-support.js";
import { actionVerbs } from "../cards/decision-notice.card.js";
import { dataKey } from "../cards/card-elements.js";
import { markActionDone, recordSharing } from "../conversation/decision-actions.js";
import type { ActionTurn } from "../conversation/turn.js";
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

async function anAssignedAction() {
  const s = aReferralScenario("icsmg");
  s.clock.set("2026-03-05T11:00:00.000Z");
  const added = await addAction(s.deps, s.actor(s.people.chair), {
    meetingId: "meeting-mar",
    ownerId: s.people.member.id,
    description: "Ask the GP for a *health* summary",
    dueOn: "2026-03-19",
  });
  if (!added.ok) throw new Error(added.error.message);
  const sender = new RecordingSender();
  const logger = pino({ level: "silent" });
  const deliverer = new OutboxDeliverer({ deps: s.deps, sender, logger, newNonce: () => "nonce-0001" });
  const [message] = s.store.contents().outbox.filter((m) => m.kind === "action.assigned");
  return { s, sender, deliverer, message: message!, action: added.value, logger };
}

const clickOn = (
  card: AdaptiveCard,
  personId: string,
  verb: string = actionVerbs.complete,
  inputs: Record<string, string> = {},
): ActionTurn => {
  const button = card.actions?.find((a) => a.verb === verb) as { data: Record<string, unknown> };
  return {
    conversationId: `a:${personId}`,
    conversationType: "personal",
    user: { id: `29:${personId}`, aadObjectId: null, name: personId },
    correlationId: "activity-1",
    reference: {},
    lookupEmail: () => Promise.resolve(null),
    verb,
    trigger: "manual",
    data: { [dataKey]: button.data[dataKey], ...inputs },
  } as unknown as ActionTurn;
};

describe("delivering an action to its owner", () => {
  it("sends the owner a card with the action, its due date and Mark done; done by the owner once", async () => {
    const { s, sender, deliverer, message, logger } = await anAssignedAction();
    await s.store.transaction((tx) =>
      tx.conversations.put(personChat(s.people.member.id), { conversation: { id: "a:member" } }),
    );
    await deliverer.deliver(message);
    const [{ conversationId, card }] = sender.sent as [{ conversationId: string; card: AdaptiveCard }];
    expect(conversationId).toBe("a:member");
    expect(cardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain("Ask the GP for a \\\\*health\\\\* summary");
    expect(text).toContain("Mark done");

    const ctx = { deps: s.deps, logger, newNonce: () => "nonce-0002" };
    const member = { personId: s.people.member.id, channel: "bot", origin: null, correlationId: null };
    const referrer = { ...member, personId: s.people.referrer.id };
    const refused = await markActionDone(ctx, referrer, clickOn(card, "referrer"));
    expect(JSON.stringify(refused)).toContain("Only the action's owner or the panel's chair");
    const done = await markActionDone(ctx, member, clickOn(card, "member"));
    expect(JSON.stringify(done)).toContain("Action done");
    const again = await markActionDone(ctx, member, clickOn(card, "member"));
    expect(JSON.stringify(again)).toContain("already done");

    // Once done, a retried notice is not delivered again.
    await deliverer.deliver(message);
    expect(sender.sent).toHaveLength(1);
  });

  it("keeps the notice while the owner cannot be reached", async () => {
    const { deliverer, message } = await anAssignedAction();
    await expect(deliverer.deliver(message)).rejects.toBeInstanceOf(RecipientUnreachableError);
  });
});

describe("asking the Lead Professional to record family sharing", () => {
  it("sends a card to record when and how the outcome was shared, and records it once", async () => {
    const s = aReferralScenario("icsmg");
    const filed = await aFiledReferral(s);
    const accepted = await screenReferral(s.deps, s.actor(s.people.chair), {
      referralId: filed.id,
      idempotencyKey: "accept-1",
      decision: { kind: "accept", meetingId: "meeting-mar" },
    });
    if (!accepted.ok) throw new Error(accepted.error.message);
    await buildAgenda(s.deps, s.actor(s.people.chair), { meetingId: "meeting-mar" });
    const items = await s.store.read((tx) => tx.agenda.listForMeeting("meeting-mar"));
    const item = items.find((i) => i.referralId === filed.id)!;
    s.clock.set("2026-03-05T11:00:00.000Z");
    const decided = await recordDecision(s.deps, s.actor(s.people.chair), {
      meetingId: "meeting-mar",
      agendaItemId: item.id,
      kind: "case",
      outcome: "approved",
      reasons: "Agreed by every agency present.",
    });
    if (!decided.ok) throw new Error(decided.error.message);
    await s.store.transaction((tx) =>
      tx.conversations.put(personChat(s.people.referrer.id), { conversation: { id: "a:referrer" } }),
    );
    const sender = new RecordingSender();
    const logger = pino({ level: "silent" });
    const deliverer = new OutboxDeliverer({ deps: s.deps, sender, logger, newNonce: () => "nonce-0001" });
    const [request] = s.store.contents().outbox.filter((m) => m.kind === "decision.family-sharing-requested");
    await deliverer.deliver(request!);
    const [{ card }] = sender.sent as [{ conversationId: string; card: AdaptiveCard }];
    expect(cardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain("Share the panel's decision with the family");
    expect(text).not.toMatch(new RegExp(String(filed.form["child.familyName"])));

    const click = (inputs: Record<string, string>) =>
      clickOn(card, "referrer", actionVerbs.recordSharing, inputs);
    const ctx = { deps: s.deps, logger, newNonce: () => "nonce-0002" };
    const referrer = { personId: s.people.referrer.id, channel: "bot", origin: null, correlationId: null };
    const noDate = await recordSharing(ctx, referrer, click({ sharingMethod: "phone" }));
    expect(JSON.stringify(noDate)).toContain("The date shared must be a real date");
    const recorded = await recordSharing(
      ctx,
      referrer,
      click({ sharedOn: "2026-03-05", sharingMethod: "phone" }),
    );
    expect(JSON.stringify(recorded)).toContain("shared on");
    const again = await recordSharing(
      ctx,
      referrer,
      click({ sharedOn: "2026-03-05", sharingMethod: "phone" }),
    );
    expect(JSON.stringify(again)).toContain("already recorded");
  });
});
