import { personChat, type MinuteVersion, type OutboxMessage } from "@convenor/shared";
import {
  aMeeting,
  aPanel,
  FakeDocuments,
  FakeWordDocuments,
  FixedClock,
  InMemoryStore,
} from "@convenor/shared/testing";
import pino from "pino";
import { describe, expect, it } from "vitest";
import type { AdaptiveCard } from "../cards/card-elements.js";
import { cardProblems } from "../cards/card-validation.test-support.js";
import type { ConversationSender } from "./conversation-sender.js";
import { OutboxDeliverer } from "./outbox-deliverer.js";

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

const message = (kind: string, recipient: string, payload: Record<string, unknown>): OutboxMessage => ({
  id: `outbox-${kind}`,
  kind,
  recipient,
  payload,
  createdAt: "2026-03-05T15:00:00.000Z",
  attempts: 0,
  notBefore: "2026-03-05T15:00:00.000Z",
  deliveredAt: null,
  lastError: null,
});

async function anAgreedMinute() {
  const panel = aPanel("isg", { id: "panel-isg" });
  const meeting = aMeeting(panel, "2026-03-05T10:00:00.000Z", { id: "meeting-mar" });
  const store = new InMemoryStore({ panels: [panel], meetings: [meeting] });
  const minute: MinuteVersion = {
    meetingId: meeting.id,
    panelId: panel.id,
    version: 1,
    revision: 3,
    status: "agreed",
    content: {
      present: [{ name: "Callum Chair", agency: "education" }],
      apologies: [],
      quorum: "Quorum: 1 of 1 agencies (Education) — met",
      items: [],
      generalBusiness: "Budget noted.",
      actions: [],
      unmetNeed: [],
      progress: [],
    },
    agreements: [],
    contentiousIssues: "",
    editedById: "chair",
    editedAt: "2026-03-05T12:00:00.000Z",
    circulatedAt: "2026-03-05T13:00:00.000Z",
    agreedById: "chair",
    agreedAt: "2026-03-05T14:00:00.000Z",
    filedUrl: null,
    filedItemId: null,
    filedAt: null,
  };
  await store.transaction(async (tx) => {
    await tx.minutes.insert(minute);
    await tx.panelLibraries.setSite(panel.id, "site-1");
    await tx.conversations.put(personChat("member"), {
      conversation: { id: "a:member" },
      serviceUrl: "http://x",
    });
  });
  const documents = new FakeDocuments();
  const deps = {
    store,
    clock: new FixedClock("2026-03-05T15:00:00.000Z"),
    documents,
    wordDocuments: new FakeWordDocuments(),
  };
  const sender = new RecordingSender();
  const deliverer = new OutboxDeliverer({
    deps,
    sender,
    logger: pino({ level: "silent" }),
    newNonce: () => "nonce",
    publicUrl: "https://convenor.example",
  });
  return { store, documents, sender, deliverer };
}

describe("delivering the minutes area's outbox messages", () => {
  it("files an agreed version; a failed upload throws to be retried and never leaves two files", async () => {
    const { store, documents, deliverer } = await anAgreedMinute();
    const file = message("minute.file", "minutes:meeting-mar", { meetingId: "meeting-mar", version: 1 });
    documents.failNext({ code: "GRAPH.UNAVAILABLE", message: "Service unavailable" });
    await expect(deliverer.deliver(file)).rejects.toThrow(/GRAPH.UNAVAILABLE/);
    expect((await store.read((tx) => tx.minutes.get("meeting-mar", 1)))!.filedUrl).toBeNull();
    await deliverer.deliver(file);
    await deliverer.deliver(file);
    expect([...documents.files.keys()]).toEqual(["site-1/Minutes/2026-03-05/ISG minutes 2026-03-05 v1.docx"]);
    expect((await store.read((tx) => tx.minutes.get("meeting-mar", 1)))!.filedUrl).toMatch(/^https:/);
  });

  it("sends a circulated minute's card to an attendee: panel, date, version and a link, no content", async () => {
    const { sender, deliverer } = await anAgreedMinute();
    await deliverer.deliver(
      message("minute.circulated", "person:member", {
        meetingId: "meeting-mar",
        version: 1,
        panelName: "Inverness ISG",
        meetingDate: "2026-03-05",
        minutesPath: "/tab/#/meetings/meeting-mar/minutes",
      }),
    );
    expect(sender.sent).toHaveLength(1);
    const [{ conversationId, card }] = sender.sent as [{ conversationId: string; card: AdaptiveCard }];
    expect(conversationId).toBe("a:member");
    expect(cardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain("https://convenor.example/tab/#/meetings/meeting-mar/minutes");
    expect(text).not.toContain("Budget noted.");
  });
});
