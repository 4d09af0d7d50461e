import { describe, expect, it } from "vitest";
import { panelChat } from "../conversations/conversation-key.js";
import { anOutboxMessage } from "../testing/builders.js";
import { aReferralScenario } from "../testing/referral-scenario.js";
import { linkPanelConversation } from "./link-panel-conversation.js";

const reference = { conversation: { id: "19:isg@thread.v2" }, serviceUrl: "https://smba.example" };

describe("linking a panel's screening conversation", () => {
  it("lets the chair link it, by code however typed, and records who did", async () => {
    const s = aReferralScenario("isg");
    const linked = await linkPanelConversation(s.deps, s.actor(s.people.chair), {
      panelCode: "isg",
      conversationId: "19:isg@thread.v2",
      reference,
    });
    expect(linked.ok && linked.value.panel.id).toBe(s.panel.id);
    expect(await s.store.transaction((tx) => tx.conversations.get(panelChat(s.panel.id)))).toEqual(reference);
    expect(s.store.contents().audit.at(-1)).toMatchObject({
      action: "panel.conversation-linked",
      actorId: "chair",
      subjectId: s.panel.id,
    });
  });

  it("releases screening cards held while no conversation was linked", async () => {
    const s = aReferralScenario("isg");
    await s.store.transaction((tx) =>
      tx.outbox.enqueue(
        anOutboxMessage({
          id: "held",
          kind: "referral.submitted",
          recipient: `panel:${s.panel.id}`,
          createdAt: "2026-02-01T09:00:00.000Z",
          attempts: 3,
          notBefore: "2026-02-02T10:00:00.000Z",
          lastError: "not reachable",
        }),
      ),
    );
    await linkPanelConversation(s.deps, s.actor(s.people.coordinator), {
      panelCode: "ISG",
      conversationId: "19:isg@thread.v2",
      reference,
    });
    const due = await s.store.transaction((tx) => tx.outbox.due(s.clock.now().toISOString(), 10));
    expect(due.map((message) => message.id)).toEqual(["held"]);
  });

  it("refuses a panel member, an outsider and an unknown code, changing nothing", async () => {
    const s = aReferralScenario("isg");
    for (const person of [s.people.member, s.people.outsider, s.people.referrer]) {
      const refused = await linkPanelConversation(s.deps, s.actor(person), {
        panelCode: "ISG",
        conversationId: "19:elsewhere@thread.v2",
        reference,
      });
      expect(refused).toMatchObject({ ok: false, error: { code: "AUTH.FORBIDDEN" } });
    }
    const unknown = await linkPanelConversation(s.deps, s.actor(s.people.chair), {
      panelCode: "NOPE",
      conversationId: "19:elsewhere@thread.v2",
      reference,
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await s.store.transaction((tx) => tx.conversations.get(panelChat(s.panel.id)))).toBeNull();
    expect(s.store.contents().audit).toEqual([]);
  });
});
