import type { SlotMember, SuggestedSlot } from "@convenor/shared";
import { ApiClient, ApiError, ConvenorApi } from "@convenor/ui";
import { describe, expect, it } from "vitest";
import { FakeMailbox } from "../testing/fake-mailbox.js";
import { meetingIdInBody } from "./appointment-body.js";
import { scheduleFromSlot } from "./schedule-from-slot.js";

const members: SlotMember[] = [
  {
    personId: "p-chair",
    displayName: "Morag Chalmers",
    email: "morag.chalmers@convenor.test",
    agency: "social-work",
    organisation: "internal",
    calendar: "visible",
  },
  {
    personId: "p-external",
    displayName: "Sam Patel",
    email: "sam.patel@partner.example",
    agency: "health",
    organisation: "external",
    calendar: "unknown",
  },
];
const slot: SuggestedSlot = {
  startsAt: "2027-02-02T10:00:00.000Z",
  endsAt: "2027-02-02T12:00:00.000Z",
  date: "2027-02-02",
  rank: 1,
  statuses: ["free", "unknown"],
  freeCount: 1,
  agenciesAvailable: ["social-work"],
  quorumMet: true,
  requiredAgenciesMissing: [],
  deadlinesReachable: true,
  outsideWorkingHours: 0,
  closureDay: false,
  deadlines: [],
  reasons: ["Quorum met"],
};
const panel = { id: "panel-icsmg", name: "ICSMG Inverness" };

/** The API as the pane sees it: records each request and answers like the service would. */
function fakeService(options: { failCreate?: boolean } = {}) {
  const requests: { method: string; path: string; body: unknown; auth: string | null }[] = [];
  const fetchStub: typeof fetch = (input, init) => {
    // The client sends a path string and a JSON string body.
    const path = input as string;
    const body: unknown = typeof init?.body === "string" ? JSON.parse(init.body) : null;
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
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      state: "pending",
      calendarEventId: null,
      joinUrl: null,
    };
    const view = (changes: object) => ({
      meeting: { ...meeting, ...changes },
      deadlines: [],
      overridden: [],
      replayed: false,
    });
    if (path === "/api/meetings") return reply(201, view({}));
    if (path === "/api/meetings/m-1/event")
      return reply(
        200,
        view({
          state: "planned",
          calendarEventId: (body as { eventId: string }).eventId,
          joinUrl: "https://teams/join",
        }),
      );
    return reply(404, { error: { code: "NOT_FOUND", message: "nothing" } });
  };
  const api = new ConvenorApi(
    new ApiClient({ getToken: () => Promise.resolve("token-1"), fetch: fetchStub }),
  );
  return { api, requests };
}

const input = {
  panel,
  members,
  slot,
  idempotencyKey: "key-1",
  agendaUrl: (id: string) => `https://convenor.test/tab/#/meetings/${id}`,
};

describe("using a slot from the task pane", () => {
  it("creates the meeting, fills the appointment, saves it and links the saved event", async () => {
    const { api, requests } = fakeService();
    const mailbox = new FakeMailbox({ email: "Morag.Chalmers@convenor.test" });
    const scheduled = await scheduleFromSlot(api, mailbox, input);

    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /api/meetings",
      "POST /api/meetings/m-1/event",
    ]);
    expect(requests[0]).toMatchObject({
      auth: "Bearer token-1",
      body: {
        panelId: panel.id,
        startsAt: slot.startsAt,
        durationMinutes: 120,
        idempotencyKey: "key-1",
        eventBy: "outlook",
      },
    });
    expect(mailbox.filled).toMatchObject({
      subject: "ICSMG Inverness meeting",
      start: new Date(slot.startsAt),
      end: new Date(slot.endsAt),
      // The organiser is not their own attendee.
      requiredAttendees: [{ displayName: "Sam Patel", emailAddress: "sam.patel@partner.example" }],
    });
    expect(meetingIdInBody(mailbox.filled!.bodyHtml)).toBe("m-1");
    expect(mailbox.saves).toBe(1);
    expect(requests[1]!.body).toEqual({ eventId: "AAMkSaved1" });
    expect(scheduled).toMatchObject({
      eventId: "AAMkSaved1",
      view: { meeting: { joinUrl: "https://teams/join" } },
    });
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
