import { findLinkedMeeting, meetingChat, scheduleMeeting } from "@convenor/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botServicePublicUrl, startBotService, type BotService } from "./support/bot-service.js";
import { actionOf, clickData, textOf } from "./support/card-inspection.js";
import { CapturingConnector } from "./support/capturing-connector.js";
import { as } from "./support/scenario.js";
import { installActivity, installationUpdateActivity } from "./support/teams-activities.js";

const chair = { personId: "p-chair", channel: "api", origin: null, correlationId: "e2e-meeting-chat" };

/** Next week, 10:00 UTC on a weekday: a time still to come, whatever day the suite runs. */
function nextWeekAtTen(now: Date): string {
  const day = new Date(now.getTime() + 7 * 24 * 60 * 60_000);
  while ([0, 6].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
  return `${day.toISOString().slice(0, 10)}T10:00:00.000Z`;
}

describe("Convenor in a panel meeting's chat, over HTTP", () => {
  let service: BotService;
  let connector: CapturingConnector;

  beforeAll(async () => {
    connector = await new CapturingConnector().start();
    service = await startBotService({ graph: true });
  });
  afterAll(async () => {
    await service.close();
    await connector.close();
  });

  const appsInChat = async (chatId: string) => {
    const answer = (await service
      .graph!.graph.client.api(`/chats/${encodeURIComponent(chatId)}/installedApps`)
      .expand("teamsApp")
      .get()) as { value: { teamsApp: { id: string } }[] };
    return answer.value.map((app) => app.teamsApp.id);
  };

  it("installs itself into the meeting's chat once scheduled, and links the chat when Teams says it is there", async () => {
    const scheduled = await scheduleMeeting(service.deps, chair, {
      panelId: "panel-isg",
      idempotencyKey: "e2e-meeting-chat-1",
      startsAt: nextWeekAtTen(service.clock.now()),
      eventBy: "convenor",
      // The sandbox's seeded calendars decide free/busy; a reason keeps this test about the chat.
      overrideReason: "End-to-end test",
      appUrl: botServicePublicUrl,
    });
    if (!scheduled.ok) throw new Error(scheduled.error.message);
    const { meeting } = scheduled.value;
    expect(meeting.joinUrl).toBeTruthy();
    const found = await service.graph!.graph.teamsApps!.findMeetingChat(
      service.person("p-chair").email,
      meeting.joinUrl ?? "",
    );
    const chatId = found.ok ? (found.value ?? "") : "";
    expect(chatId).toMatch(/^19:meeting_.+@thread\.v2$/);
    expect(await appsInChat(chatId)).toEqual([]);

    // The outbox worker carries out the intent the scheduling recorded.
    await service.outbox.drainOnce();
    expect(await appsInChat(chatId)).toEqual([service.graph!.config.teamsAppCatalogId]);

    // Teams tells the bot it was added to the meeting's chat (both events, as Teams sends them).
    const meetingChatConversation = { id: chatId, type: "groupChat" as const };
    const byChair = service.person("p-chair");
    expect(
      (await service.post(installationUpdateActivity(meetingChatConversation, connector.url, byChair)))
        .status,
    ).toBe(200);
    expect(
      (await service.post(installActivity(meetingChatConversation, connector.url, byChair))).status,
    ).toBe(200);
    expect(await findLinkedMeeting(service.deps, { conversationId: chatId })).toEqual({
      meetingId: meeting.id,
    });
    const reference = await service.store.read((tx) => tx.conversations.get(meetingChat(meeting.id)));
    expect(reference).toMatchObject({ conversation: { id: chatId }, serviceUrl: connector.url });
    expect(connector.activitiesIn(chatId)).toHaveLength(1); // the welcome, once
  });

  it("links a chat Convenor was added to by hand when a chair types link meeting, after choosing the meeting", async () => {
    const chat = { id: "19:meeting_added-by-hand@thread.v2", type: "groupChat" as const };
    const teacher = as(service, connector, "p-teacher", chat);
    await teacher.say("link meeting", true);
    expect(textOf(teacher.cards().at(-1))).toContain("Only a panel's chair or coordinator");
    expect(await findLinkedMeeting(service.deps, { conversationId: chat.id })).toBeNull();

    // The chair chairs several panels: Convenor asks which meeting.
    const chairInChat = as(service, connector, "p-chair", chat);
    await chairInChat.say("link meeting", true);
    const choice = chairInChat.cards().at(-1);
    expect(textOf(choice)).toContain("Which meeting is this chat for?");
    const isg = actionOf(choice, "meeting.link-chat", () => true);
    const chosenId = (isg.data as { convenor: { meetingId: string } }).convenor.meetingId;
    const linked = await chairInChat.click("meeting.link-chat", clickData(isg));
    expect(textOf(linked)).toContain("Meeting linked");
    expect(await findLinkedMeeting(service.deps, { conversationId: chat.id })).toEqual({
      meetingId: chosenId,
    });
  });

  it("tells someone who types link meeting in their personal chat where to type it", async () => {
    const personal = as(service, connector, "p-chair");
    await personal.say("link meeting");
    expect(textOf(personal.cards().at(-1))).toContain("Type this in the Teams meeting's chat");
  });
});
