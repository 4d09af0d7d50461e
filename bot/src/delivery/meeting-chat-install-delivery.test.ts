import { meetingChatInstallMessage } from "@convenor/shared";
import { aMeeting, aSchedulingScenario, FakeTeamsApps } from "@convenor/shared/testing";
import pino from "pino";
import { describe, expect, it } from "vitest";
import type { ConversationSender } from "./conversation-sender.js";
import { OutboxDeliverer } from "./outbox-deliverer.js";

const noTeams: ConversationSender = {
  send: () => Promise.reject(new Error("nothing is sent to Teams")),
  update: () => Promise.reject(new Error("nothing is updated in Teams")),
};

describe("OutboxDeliverer: installing Convenor into a meeting's chat", () => {
  it("throws while Graph fails, so the outbox retries, then installs into the meeting's chat", async () => {
    const s = aSchedulingScenario();
    const meeting = aMeeting(s.panel, "2026-11-20T10:00:00Z", {
      id: "meeting-online",
      joinUrl: "https://teams.example/join/event-1",
      organiser: "chair@council.example",
    });
    s.store.seed({ meetings: [meeting] });
    const teamsApps = new FakeTeamsApps();
    teamsApps.meetingChats.set("https://teams.example/join/event-1", "19:meeting_event-1@thread.v2");
    teamsApps.failures.push("GRAPH.UNAVAILABLE");
    const deliverer = new OutboxDeliverer({
      deps: { ...s.deps, teamsApps },
      sender: noTeams,
      logger: pino({ level: "silent" }),
      newNonce: () => "nonce-0001",
    });
    const message = meetingChatInstallMessage(s.deps, meeting.id, s.clock.now().toISOString());

    await expect(deliverer.deliver(message)).rejects.toThrow(/GRAPH\.UNAVAILABLE/);
    expect(teamsApps.installedChats.size).toBe(0);
    await deliverer.deliver(message);
    expect([...teamsApps.installedChats]).toEqual(["19:meeting_event-1@thread.v2"]);
  });
});
