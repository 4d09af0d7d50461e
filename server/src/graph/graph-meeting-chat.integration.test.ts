import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type SandboxHarness } from "./testing/sandbox-fixture.js";

describe("Installing Convenor into a Teams meeting's chat, against the Graph sandbox", () => {
  let harness: SandboxHarness;
  const organiser = "staff1@council.example";
  beforeAll(async () => {
    harness = await startHarness({ internal: 3, external: 1 });
  });
  afterAll(() => harness.close());

  const teamsMeeting = async (transactionId: string, onlineMeeting = true) => {
    const made = await harness.graph.calendar.createMeeting({
      organiser,
      subject: "Test ISG North",
      bodyText: "",
      start: "2026-03-26T10:00:00.000Z",
      end: "2026-03-26T12:00:00.000Z",
      attendees: [],
      onlineMeeting,
      transactionId,
    });
    if (!made.ok) throw new Error(made.error.message);
    return made.value;
  };
  const appsInChat = (chatId: string) =>
    harness.graph.client
      .api(`/chats/${encodeURIComponent(chatId)}/installedApps`)
      .expand("teamsApp")
      .get() as Promise<{ value: { teamsApp: { id: string } }[] }>;

  it("finds an event's meeting chat by its join link and installs Convenor there once", async () => {
    const installer = harness.graph.teamsApps!;
    const event = await teamsMeeting("chat-1");
    const found = await installer.findMeetingChat(organiser, event.joinUrl ?? "");
    expect(found).toEqual({ ok: true, value: `19:meeting_${event.eventId}@thread.v2` });
    const chatId = found.ok ? (found.value ?? "") : "";
    expect((await appsInChat(chatId)).value).toEqual([]);

    expect(await installer.installInChat(chatId)).toEqual({ ok: true, value: "installed" });
    expect((await appsInChat(chatId)).value.map((app) => app.teamsApp.id)).toEqual([
      harness.config.teamsAppCatalogId,
    ]);
    // Graph answers 409 the second time: already there counts as success.
    expect(await installer.installInChat(chatId)).toEqual({ ok: true, value: "already-installed" });
    expect(harness.sandbox.stats.count("POST", /\/chats\/[^/]+\/installedApps$/)).toBe(2);
  });

  it("addresses the organiser's online meetings by their object id, which Graph requires", async () => {
    const event = await teamsMeeting("chat-by-id");
    const byMail = await harness.graph.teamsApps!.findMeetingChat(organiser, event.joinUrl ?? "");
    const objectId = await harness.graph.directory.findPerson(organiser);
    const byId = await harness.graph.teamsApps!.findMeetingChat(
      objectId.ok ? (objectId.value?.id ?? "") : "",
      event.joinUrl ?? "",
    );
    expect(byId).toEqual(byMail);
    expect(byId).toEqual({ ok: true, value: `19:meeting_${event.eventId}@thread.v2` });
  });

  it("finds no chat for a join link the organiser has no meeting for", async () => {
    const offline = await teamsMeeting("chat-offline", false);
    expect(offline.joinUrl).toBeNull();
    expect(
      await harness.graph.teamsApps!.findMeetingChat(
        organiser,
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_none%40thread.v2/0?it's",
      ),
    ).toEqual({ ok: true, value: null });
  });

  it("fails with GRAPH.NOT_FOUND for a chat that does not exist", async () => {
    expect(await harness.graph.teamsApps!.installInChat("19:meeting_missing@thread.v2")).toMatchObject({
      ok: false,
      error: { code: "GRAPH.NOT_FOUND" },
    });
  });

  it("counts an installation whose answer was lost and retried as already installed", async () => {
    const event = await teamsMeeting("chat-lost-answer");
    const found = await harness.graph.teamsApps!.findMeetingChat(organiser, event.joinUrl ?? "");
    const chatId = found.ok ? (found.value ?? "") : "";
    harness.sandbox.setFaults({
      rules: [
        { match: /^POST .*\/chats\/[^/]+\/installedApps$/, status: 503, times: 1, afterHandling: true },
      ],
    });
    const answer = await harness.graph.teamsApps!.installInChat(chatId);
    harness.sandbox.setFaults({});
    expect(answer).toEqual({ ok: true, value: "already-installed" });
    expect((await appsInChat(chatId)).value).toHaveLength(1);
  });
});
