import { personChat, scheduleMeeting, syncMeetingWithEvent } from "@convenor/shared";
import { aSchedulingScenario } from "@convenor/shared/testing";
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

const worker = { personId: "convenor", channel: "worker", origin: null, correlationId: null };

async function movedMeetingNotices() {
  const s = aSchedulingScenario("icsmg");
  const scheduled = await scheduleMeeting(s.deps, s.actor(s.people.chair), {
    panelId: s.panel.id,
    idempotencyKey: "schedule-0001",
    startsAt: "2026-11-17T10:00:00Z",
    eventBy: "convenor",
    appUrl: "https://convenor.example",
  });
  if (!scheduled.ok) throw new Error(scheduled.error.message);
  s.calendar.moveEvent(
    scheduled.value.meeting.calendarEventId ?? "",
    "2026-11-24T13:00:00Z",
    "2026-11-24T15:00:00Z",
  );
  await syncMeetingWithEvent(s.deps, worker, { meetingId: scheduled.value.meeting.id });
  const sender = new RecordingSender();
  const deliverer = new OutboxDeliverer({
    deps: s.deps,
    sender,
    logger: pino({ level: "silent" }),
    newNonce: () => "nonce-0001",
  });
  return { s, sender, deliverer, notices: s.store.contents().outbox };
}

describe("delivering meeting notices", () => {
  it("tells a member in their personal chat when and where the meeting moved, with its new deadlines", async () => {
    const { s, sender, deliverer, notices } = await movedMeetingNotices();
    await s.store.transaction((tx) =>
      tx.conversations.put(personChat("teacher"), {
        conversation: { id: "a:teacher" },
        serviceUrl: "http://x",
      }),
    );
    const toTeacher = notices.find((message) => message.recipient === "person:teacher");
    await deliverer.deliver(toTeacher!);
    expect(sender.sent).toHaveLength(1);
    const [{ conversationId, card }] = sender.sent as [{ conversationId: string; card: AdaptiveCard }];
    expect(conversationId).toBe("a:teacher");
    expect(cardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain("meeting moved");
    expect(text).toContain("Tue, 17 Nov 2026, 10:00");
    expect(text).toContain("Tue, 24 Nov 2026, 13:00");
    expect(text).toContain("Child's Plan due");
  });

  it("holds the notice for a member Convenor cannot reach yet", async () => {
    const { sender, deliverer, notices } = await movedMeetingNotices();
    const toPolice = notices.find((message) => message.recipient === "person:police");
    await expect(deliverer.deliver(toPolice!)).rejects.toBeInstanceOf(RecipientUnreachableError);
    expect(sender.sent).toHaveLength(0);
  });
});
