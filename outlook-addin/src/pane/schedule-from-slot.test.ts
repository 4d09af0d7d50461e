import { ApiClient, ApiError, ConvenorApi, type SlotSuggestion } from "@convenor/ui";
import { describe, expect, it } from "vitest";
import { FakeMailbox } from "../testing/fake-mailbox.js";
import { meetingIdInBody } from "./appointment-body.js";
import { scheduleFromSlot } from "./schedule-from-slot.js";

const slot: SlotSuggestion = {
  start: "2027-02-02T10:00:00.000Z",
  end: "2027-02-02T12:00:00.000Z",
  rank: 1,
  reasons: ["Quorum met"],
  quorumMet: true,
  members: [
    {
      personId: "p-chair",
      displayName: "Morag Chalmers",
      email: "morag.chalmers@convenor.test",
      agency: "social-work",
      status: "free",
    },
    {
      personId: "p-external",
      displayName: "Dr Ext",
      email: "ext@nhs.test",
      agency: "health",
      status: "unknown",
    },
  ],
  deadlines: [],
};
const panel = { id: "panel-icsmg", name: "ICSMG Inverness" };

/** The API as the pane sees it: records each request and answers like the service would. */
function fakeService(options: { failCreate?: boolean } = {}) {
  const requests: { method: string; path: string; body: unknown; auth: string | null }[] = [];
  const fetchStub: typeof fetch = (input, init) => {
    const path = String(input);
    const body: unknown = init?.body ? JSON.parse(String(init.body)) : null;
    requests.push({
      method: init?.method ?? "GET",
      path,
      body,
      auth: new Headers(init?.headers).get("authorization"),
    });
    const reply = (status: number, value: unknown) =>
      Promise.resolve(
        new Response(JSON.stringify(value), { status, headers: { "content-type": "application/json" } }),
      );
    if (path === "/api/meetings" && options.failCreate)
      return reply(403, { error: { code: "AUTH.FORBIDDEN", message: "You do not chair this panel." } });
    const meeting = {
      id: "m-1",
      panelId: panel.id,
      panelName: panel.name,
      startsAt: slot.start,
      endsAt: slot.end,
      state: "planned",
      calendarEventId: null,
      joinUrl: null,
      agendaUrl: "https://convenor.test/tab/#/meetings/m-1",
    };
    if (path === "/api/meetings") return reply(201, meeting);
    if (path === "/api/meetings/m-1/event")
      return reply(200, {
        ...meeting,
        calendarEventId: (body as { eventId: string }).eventId,
        joinUrl: "https://teams/join",
      });
    return reply(404, { error: { code: "NOT_FOUND", message: "nothing" } });
  };
  const api = new ConvenorApi(
    new ApiClient({ getToken: () => Promise.resolve("token-1"), fetch: fetchStub }),
  );
  return { api, requests };
}

const input = {
  panel,
  slot,
  idempotencyKey: "key-1",
  fallbackAgendaUrl: (id: string) => `/tab/#/meetings/${id}`,
};

describe("using a slot from the task pane", () => {
  it("creates the meeting, fills the appointment, saves it and links the saved event", async () => {
    const { api, requests } = fakeService();
    const mailbox = new FakeMailbox();
    const scheduled = await scheduleFromSlot(api, mailbox, input);

    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /api/meetings",
      "POST /api/meetings/m-1/event",
    ]);
    expect(requests[0]).toMatchObject({
      auth: "Bearer token-1",
      body: { panelId: panel.id, startsAt: slot.start, endsAt: slot.end, idempotencyKey: "key-1" },
    });
    expect(mailbox.filled).toMatchObject({
      subject: "ICSMG Inverness: panel meeting",
      start: new Date(slot.start),
      end: new Date(slot.end),
      requiredAttendees: [
        { displayName: "Morag Chalmers", emailAddress: "morag.chalmers@convenor.test" },
        { displayName: "Dr Ext", emailAddress: "ext@nhs.test" },
      ],
    });
    expect(meetingIdInBody(mailbox.filled!.bodyHtml)).toBe("m-1");
    expect(mailbox.saves).toBe(1);
    expect(requests[1]!.body).toEqual({ eventId: "AAMkSaved1" });
    expect(scheduled).toMatchObject({ eventId: "AAMkSaved1", meeting: { joinUrl: "https://teams/join" } });
  });

  it("leaves the appointment untouched when Convenor refuses the meeting, with the code's message", async () => {
    const { api } = fakeService({ failCreate: true });
    const mailbox = new FakeMailbox();
    const failure = await scheduleFromSlot(api, mailbox, input).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).userMessage).toBe(
      "You are not allowed to do that on this panel. You do not chair this panel.",
    );
    expect(mailbox.filled).toBeNull();
    expect(mailbox.saves).toBe(0);
  });
});

describe("finding the meeting an appointment belongs to", () => {
  it("reads the meeting id from the agenda link in the body, and nothing from other text", () => {
    expect(meetingIdInBody("Agenda and papers: https://convenor.test/tab/#/meetings/m-42\nPapers…")).toBe(
      "m-42",
    );
    expect(meetingIdInBody("A meeting about meetings")).toBeNull();
  });
});
