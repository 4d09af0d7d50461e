import { describe, expect, it } from "vitest";
import { installedMeetingChat, meetingChat } from "../../conversations/conversation-key.js";
import type { OutboxMessage } from "../../model/audit.js";
import { scheduleMeeting } from "../../scheduling/schedule-meeting.js";
import { aMeeting, aMembership, aPanel } from "../../testing/builders.js";
import { FakeTeamsApps } from "../../testing/fake-teams-apps.js";
import { aSchedulingScenario, type SchedulingScenario } from "../../testing/scheduling-scenario.js";
import { findLinkedMeeting } from "./find-linked-meeting.js";
import { installConvenorInMeetingChat } from "./install-convenor-in-meeting-chat.js";
import { linkInstalledMeetingChat } from "./link-installed-meeting-chat.js";
import { linkMeetingChat } from "./link-meeting-chat.js";
import { meetingChatInstallKind } from "./meeting-chat-install.js";

const chatReference = (id: string) => ({ conversation: { id, conversationType: "groupChat" } });
const teams = { personId: "convenor", channel: "bot", origin: null, correlationId: "install-1" };

function withTeams(s: SchedulingScenario) {
  const teamsApps = new FakeTeamsApps();
  return { teamsApps, deps: { ...s.deps, teamsApps } };
}

async function scheduled(s: SchedulingScenario) {
  const result = await scheduleMeeting(s.deps, s.actor(s.people.chair), {
    panelId: s.panel.id,
    idempotencyKey: "schedule-chat-1",
    startsAt: "2026-11-17T10:00:00Z",
    eventBy: "convenor",
    appUrl: "https://convenor.example",
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.meeting;
}

/** A notice held for the meeting's chat (as the in-meeting features write them). */
const heldForMeetingChat = (meetingId: string): OutboxMessage => ({
  id: "held-1",
  kind: "meeting.agenda-running",
  recipient: meetingChat(meetingId),
  payload: { meetingId },
  createdAt: "2026-11-02T08:00:00.000Z",
  attempts: 3,
  notBefore: "2026-11-02T09:00:00.000Z",
  deliveredAt: null,
  lastError: "unreachable",
});

describe("Convenor installing itself into a meeting's chat", () => {
  it("records the intent with the scheduling, installs into the meeting's chat once, and links the chat when Teams says it is there", async () => {
    const s = aSchedulingScenario();
    const { teamsApps, deps } = withTeams(s);
    const meeting = await scheduled(s);
    const intents = s.store.contents().outbox.filter((m) => m.kind === meetingChatInstallKind);
    expect(intents.map((m) => [m.recipient, m.payload])).toEqual([
      [meetingChat(meeting.id), { meetingId: meeting.id }],
    ]);

    teamsApps.meetingChats.set(meeting.joinUrl ?? "", "19:meeting_chat-1@thread.v2");
    expect(await installConvenorInMeetingChat(deps, { meetingId: meeting.id })).toEqual({
      ok: true,
      value: { status: "installed", chatId: "19:meeting_chat-1@thread.v2" },
    });
    expect(teamsApps.installedChats).toEqual(new Set(["19:meeting_chat-1@thread.v2"]));
    // A retry (the outbox delivered it but could not mark it) changes nothing.
    expect(await installConvenorInMeetingChat(deps, { meetingId: meeting.id })).toMatchObject({
      ok: true,
      value: { status: "already-installed" },
    });

    await s.store.transaction((tx) => tx.outbox.enqueue(heldForMeetingChat(meeting.id)));
    expect(await findLinkedMeeting(deps, { conversationId: "19:meeting_chat-1@thread.v2" })).toBeNull();
    const reference = chatReference("19:meeting_chat-1@thread.v2");
    const linked = await linkInstalledMeetingChat(deps, teams, {
      conversationId: "19:meeting_chat-1@thread.v2",
      reference,
    });
    expect(linked).toEqual({ meetingId: meeting.id });
    expect(await findLinkedMeeting(deps, { conversationId: "19:meeting_chat-1@thread.v2" })).toEqual({
      meetingId: meeting.id,
    });
    expect(await s.store.read((tx) => tx.conversations.get(meetingChat(meeting.id)))).toEqual(reference);
    const held = s.store.contents().outbox.find((m) => m.id === "held-1");
    expect(held?.notBefore).toBe(s.clock.now().toISOString());

    // Teams sends both an installation update and a conversation update: linked once.
    await linkInstalledMeetingChat(deps, teams, { conversationId: "19:meeting_chat-1@thread.v2", reference });
    expect(s.store.contents().audit.filter((e) => e.action === "meeting.chat-linked")).toHaveLength(1);
  });

  it("leaves a retry when Graph fails or does not know the meeting's chat yet", async () => {
    const s = aSchedulingScenario();
    const { teamsApps, deps } = withTeams(s);
    const meeting = await scheduled(s);
    expect(await installConvenorInMeetingChat(deps, { meetingId: meeting.id })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    teamsApps.meetingChats.set(meeting.joinUrl ?? "", "19:meeting_chat-2@thread.v2");
    teamsApps.failures.push("GRAPH.UNAVAILABLE");
    expect(await installConvenorInMeetingChat(deps, { meetingId: meeting.id })).toMatchObject({
      ok: false,
      error: { code: "GRAPH.UNAVAILABLE" },
    });
    expect(teamsApps.installedChats.size).toBe(0);
    expect(await installConvenorInMeetingChat(deps, { meetingId: meeting.id })).toMatchObject({
      ok: true,
      value: { status: "installed" },
    });
    expect(
      await s.store.read((tx) => tx.conversations.get(installedMeetingChat("19:meeting_chat-2@thread.v2"))),
    ).toEqual({ meetingId: meeting.id });
  });

  it("skips a meeting with no Teams meeting, and any meeting when no installer is configured", async () => {
    const s = aSchedulingScenario();
    const offline = aMeeting(s.panel, "2026-11-20T10:00:00Z", { id: "offline" });
    s.store.seed({ meetings: [offline] });
    const { deps } = withTeams(s);
    expect(await installConvenorInMeetingChat(deps, { meetingId: "offline" })).toMatchObject({
      ok: true,
      value: { status: "skipped" },
    });
    expect(await installConvenorInMeetingChat(s.deps, { meetingId: "offline" })).toMatchObject({
      ok: true,
      value: { status: "skipped" },
    });
  });

  it("does not link a chat Convenor did not install itself into", async () => {
    const s = aSchedulingScenario();
    expect(
      await linkInstalledMeetingChat(s.deps, teams, {
        conversationId: "19:someone-else@thread.v2",
        reference: chatReference("19:someone-else@thread.v2"),
      }),
    ).toBeNull();
    expect(await findLinkedMeeting(s.deps, { conversationId: "19:someone-else@thread.v2" })).toBeNull();
  });
});

describe("linkMeetingChat (`@Convenor link meeting`)", () => {
  const chat = "19:meeting_typed@thread.v2";
  const input = { conversationId: chat, reference: chatReference(chat) };

  it("links the chat to the chair's panel's next planned meeting", async () => {
    const s = aSchedulingScenario();
    const next = aMeeting(s.panel, "2026-11-10T10:00:00Z", { id: "next" });
    const later = aMeeting(s.panel, "2026-12-08T10:00:00Z", { id: "later" });
    const past = aMeeting(s.panel, "2026-10-27T10:00:00Z", { id: "past" });
    s.store.seed({ meetings: [later, past, next] });
    const linked = await linkMeetingChat(s.deps, s.actor(s.people.coordinator), input);
    expect(linked).toMatchObject({ ok: true, value: { kind: "linked", meeting: { meetingId: "next" } } });
    expect(await findLinkedMeeting(s.deps, { conversationId: chat })).toEqual({ meetingId: "next" });
    expect(await s.store.read((tx) => tx.conversations.get(meetingChat("next")))).toEqual(input.reference);
  });

  it("asks which meeting when several are today, then links the one chosen", async () => {
    const s = aSchedulingScenario();
    s.clock.set("2026-11-10T08:00:00Z");
    const morning = aMeeting(s.panel, "2026-11-10T09:00:00Z", { id: "morning" });
    const afternoon = aMeeting(s.panel, "2026-11-10T14:00:00Z", { id: "afternoon" });
    s.store.seed({ meetings: [afternoon, morning] });
    const asked = await linkMeetingChat(s.deps, s.actor(s.people.chair), input);
    expect(asked.ok && asked.value.kind === "choose" && asked.value.choices.map((c) => c.meetingId)).toEqual([
      "morning",
      "afternoon",
    ]);
    expect(await findLinkedMeeting(s.deps, { conversationId: chat })).toBeNull();
    const chosen = await linkMeetingChat(s.deps, s.actor(s.people.chair), {
      ...input,
      meetingId: "afternoon",
    });
    expect(chosen).toMatchObject({
      ok: true,
      value: { kind: "linked", meeting: { meetingId: "afternoon" } },
    });
    expect(await findLinkedMeeting(s.deps, { conversationId: chat })).toEqual({ meetingId: "afternoon" });
  });

  it("asks which panel's meeting when the person chairs several panels", async () => {
    const s = aSchedulingScenario();
    const other = aPanel("isg", { id: "panel-isg", name: "ISG" });
    s.store.seed({
      panels: [other],
      memberships: [aMembership(other, s.people.chair, ["chair"])],
      meetings: [
        aMeeting(s.panel, "2026-11-12T10:00:00Z", { id: "icsmg-next" }),
        aMeeting(other, "2026-11-19T10:00:00Z", { id: "isg-next" }),
      ],
    });
    const asked = await linkMeetingChat(s.deps, s.actor(s.people.chair), input);
    expect(asked).toMatchObject({ ok: true, value: { kind: "choose" } });
    expect(asked.ok && asked.value.kind === "choose" && asked.value.choices.map((c) => c.panelName)).toEqual([
      s.panel.name,
      "ISG",
    ]);
  });

  it("refuses a member who does not chair or coordinate, and a meeting of another panel", async () => {
    const s = aSchedulingScenario();
    const other = aPanel("isg", { id: "panel-isg" });
    s.store.seed({
      panels: [other],
      meetings: [
        aMeeting(s.panel, "2026-11-12T10:00:00Z", { id: "mine" }),
        aMeeting(other, "2026-11-13T10:00:00Z", { id: "theirs" }),
      ],
    });
    expect(await linkMeetingChat(s.deps, s.actor(s.people.teacher), input)).toMatchObject({
      ok: false,
      error: { code: "AUTH.FORBIDDEN" },
    });
    expect(
      await linkMeetingChat(s.deps, s.actor(s.people.chair), { ...input, meetingId: "theirs" }),
    ).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await findLinkedMeeting(s.deps, { conversationId: chat })).toBeNull();
  });

  it("says so when the chair's panels have no planned meeting", async () => {
    const s = aSchedulingScenario();
    expect(await linkMeetingChat(s.deps, s.actor(s.people.chair), input)).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
  });
});
