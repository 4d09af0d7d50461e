import { personChat, recordReviewOutcome, runReviewChecks } from "@convenor/shared";
import { aChild, aMembership, aPanel, aPerson, FixedClock, InMemoryStore } from "@convenor/shared/testing";
import pino from "pino";
import { describe, expect, it } from "vitest";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { cardProblems } from "../cards/card-validation.test-support.js";
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

async function aCinPanel() {
  const panel = aPanel("cin-review", { id: "cin", name: "CIN North" });
  const chair = aPerson({ id: "chair" });
  const worker = aPerson({ id: "worker" });
  const store = new InMemoryStore({
    people: [chair, worker],
    panels: [panel],
    memberships: [aMembership(panel, chair, ["chair"])],
    children: [aChild({ id: "child", givenName: "Rosie", familyName: "Baird", dateOfBirth: "2016-02-11" })],
  });
  await store.transaction(async (tx) => {
    await tx.cinReviews.insertPlan({
      id: "plan",
      panelId: "cin",
      childId: "child",
      startedOn: "2025-10-01",
      longerSupport: false,
      namedPersonIds: ["worker"],
      lastReviewedOn: "2026-08-01",
      nextReviewDue: "2026-11-01",
      state: "open",
      version: 1,
    });
    for (const id of ["chair", "worker"]) {
      await tx.conversations.put(personChat(id), { conversation: { id: `a:${id}` }, serviceUrl: "http://x" });
    }
  });
  const deps = { store, clock: new FixedClock("2026-11-04T09:00:00Z") };
  const sender = new RecordingSender();
  const deliverer = new OutboxDeliverer({
    deps,
    sender,
    logger: pino({ level: "silent" }),
    newNonce: () => "nonce",
    publicUrl: "https://convenor.example/",
  });
  return { store, deps, sender, deliverer };
}

const actor = { personId: "chair", channel: "test", origin: null, correlationId: null };

describe("delivering CIN review notices", () => {
  it("sends the amended plan notice and the consultation cards to personal chats, by case reference only", async () => {
    const { store, deps, sender, deliverer } = await aCinPanel();
    await recordReviewOutcome(deps, actor, {
      planId: "plan",
      reviewDueOn: "2026-11-01",
      reviewedOn: "2026-11-03",
      outcome: "amend",
      reasons: "Respite added",
      nextReviewOn: "2027-02-01",
    });
    await runReviewChecks(deps, { ...actor, personId: "convenor" });
    for (const message of store.contents().outbox) await deliverer.deliver(message);
    expect(sender.sent.map((sent) => sent.conversationId)).toEqual(["a:worker", "a:chair", "a:chair"]);
    for (const { card } of sender.sent) {
      expect(cardProblems(card)).toEqual([]);
      const text = JSON.stringify(card);
      expect(text).toMatch(/CIN-[0-9A-F]{6}/);
      expect(text).toContain("https://convenor.example/tab/#/panels/cin/reviews");
      for (const secret of ["Rosie", "Baird", "2016-02-11"]) expect(text).not.toContain(secret);
    }
    expect(JSON.stringify(sender.sent[0]!.card)).toContain("plan amended");
    expect(JSON.stringify(sender.sent[2]!.card)).toContain("Safeguarding Service Manager");
  });

  it("holds a notice for someone Convenor cannot reach yet", async () => {
    const { store, deps, sender, deliverer } = await aCinPanel();
    await runReviewChecks(deps, { ...actor, personId: "convenor" });
    const [card] = store.contents().outbox;
    // Someone who never chatted with Convenor has no conversation reference.
    await expect(deliverer.deliver({ ...card!, recipient: "person:nobody" })).rejects.toBeInstanceOf(
      RecipientUnreachableError,
    );
    expect(sender.sent).toEqual([]);
  });
});
