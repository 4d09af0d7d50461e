import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, type SandboxHarness } from "./testing/sandbox-fixture.js";

const start = "2026-03-02T00:00:00.000Z";
const oneWeekLater = "2026-03-09T00:00:00.000Z";
const getSchedulePath = /\/calendar\/getSchedule$/;

describe("GraphCalendar against the Graph sandbox", () => {
  let harness: SandboxHarness;
  let chair: string;
  const internal = (count: number) =>
    harness.people
      .filter((p) => p.organisation === "internal")
      .slice(0, count)
      .map((p) => p.email);

  beforeAll(async () => {
    harness = await startHarness({ internal: 50, external: 2 });
    chair = internal(1)[0] ?? "";
    await harness.graph.client.api("/users").top(1).get(); // token fetched once, outside the counts below
  });
  afterAll(() => harness.close());
  beforeEach(() => harness.sandbox.stats.reset());

  const freeBusy = (people: string[], end = oneWeekLater) =>
    harness.graph.calendar.freeBusy({ asUser: chair, people, start, end, intervalMinutes: 30 });

  it.each([
    [1, 1, 1],
    [20, 1, 1],
    [21, 1, 2],
    [45, 1, 3],
  ])(
    "free/busy for %i people takes %i HTTP request(s) carrying %i getSchedule call(s)",
    async (count, httpRequests, scheduleCalls) => {
      const people = internal(count);
      const result = await freeBusy(people);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(harness.sandbox.stats.graph.filter((entry) => !entry.inBatch)).toHaveLength(httpRequests);
      expect(harness.sandbox.stats.count("POST", getSchedulePath)).toBe(scheduleCalls);
      expect(result.value.people.map((person) => person.email)).toEqual(people);
      for (const person of result.value.people) {
        expect(person.calendar).toBe("visible");
        expect(person.slots).toHaveLength(7 * 48);
        expect(person.slots).not.toContain("unknown");
        expect(person.slots.filter((slot) => slot !== "free").length).toBeGreaterThan(0);
        expect(person.busy.length).toBeGreaterThan(0);
        expect(person.workingHours?.daysOfWeek).toContain("monday");
      }
    },
  );

  it("gives the same person the same week whether asked alone or with 44 others", async () => {
    const people = internal(45);
    const together = await freeBusy(people);
    const alone = await freeBusy([people[30] ?? ""]);
    expect(together.ok && alone.ok).toBe(true);
    if (!together.ok || !alone.ok) return;
    expect(together.value.people[30]?.slots).toEqual(alone.value.people[0]?.slots);
  });

  it("splits a window over 62 days into windows Graph accepts and joins them into one result", async () => {
    const people = internal(21);
    const end = "2026-05-11T00:00:00.000Z"; // 70 days
    const result = await freeBusy(people, end);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(harness.sandbox.stats.count("POST", getSchedulePath)).toBe(4);
    expect(harness.sandbox.stats.graph.filter((entry) => entry.status >= 400)).toEqual([]);
    for (const person of result.value.people) {
      expect(person.calendar).toBe("visible");
      expect(person.slots).toHaveLength(70 * 48);
      expect(person.busy.some((period) => period.start >= "2026-05-01")).toBe(true);
    }
  });

  it("reports people in other organisations and unknown addresses as unknown, never free", async () => {
    const externals = harness.people.filter((p) => p.organisation === "external").map((p) => p.email);
    const people = [...internal(2), ...externals, "nobody@elsewhere.example"];
    const result = await freeBusy(people);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, second, ...unknown] = result.value.people;
    expect(first?.calendar).toBe("visible");
    expect(second?.calendar).toBe("visible");
    expect(unknown).toHaveLength(3);
    for (const person of unknown) {
      expect(person.calendar).toBe("unknown");
      expect(person.reason).toBeTruthy();
      expect(new Set(person.slots)).toEqual(new Set(["unknown"]));
      expect(person.busy).toEqual([]);
    }
  });

  it("creates a Teams meeting with an escaped HTML body, updates it, reads it back and cancels it", async () => {
    const attendees = internal(4).slice(1);
    const created = await harness.graph.calendar.createMeeting({
      organiser: chair,
      subject: "ISG North panel",
      bodyText: "Agenda & papers: <see Convenor>",
      start: "2026-03-10T10:00:00.000Z",
      end: "2026-03-10T12:00:00.000Z",
      attendees: attendees.map((email, index) => ({ email, type: index === 0 ? "optional" : "required" })),
      onlineMeeting: true,
      transactionId: "meeting-1",
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value.joinUrl).toMatch(/meetup-join/);
    expect(created.value.attendees.map((a) => a.type)).toEqual(["optional", "required", "required"]);
    const raw = (await harness.graph.client.api(`/users/${chair}/events/${created.value.eventId}`).get()) as {
      body: { content: string };
    };
    expect(raw.body.content).toContain("Agenda &amp; papers: &lt;see Convenor&gt;");
    expect(raw.body.content).not.toContain("<see");

    const busyNow = await freeBusy([attendees[1] ?? ""], "2026-03-11T00:00:00.000Z");
    const slotAt10 = ((Date.parse("2026-03-10T10:00:00Z") - Date.parse(start)) / 1_800_000) | 0;
    expect(busyNow.ok && busyNow.value.people[0]?.slots[slotAt10]).toBe("busy");

    const updated = await harness.graph.calendar.updateMeeting(chair, created.value.eventId, {
      start: "2026-03-10T13:00:00.000Z",
      end: "2026-03-10T15:00:00.000Z",
    });
    expect(updated.ok && updated.value.start).toBe("2026-03-10T13:00:00.000Z");
    const read = await harness.graph.calendar.getMeeting(chair, created.value.eventId);
    expect(read.ok && read.value?.end).toBe("2026-03-10T15:00:00.000Z");

    const cancelled = await harness.graph.calendar.cancelMeeting(
      chair,
      created.value.eventId,
      "Moved to next month",
    );
    expect(cancelled.ok).toBe(true);
    const gone = await harness.graph.calendar.getMeeting(chair, created.value.eventId);
    expect(gone).toEqual({ ok: true, value: null });
  });

  it("makes one event when a create is retried after its response was lost", async () => {
    harness.sandbox.setFaults({
      rules: [
        {
          match: /^POST \/users\/[^/]+\/events$/,
          status: 504,
          times: 1,
          retryAfterSeconds: 0,
          afterHandling: true,
        },
      ],
    });
    const invitation = {
      organiser: chair,
      subject: "Retried panel",
      bodyText: "Papers in Convenor",
      start: "2026-03-12T10:00:00.000Z",
      end: "2026-03-12T11:00:00.000Z",
      attendees: [],
      onlineMeeting: false,
      transactionId: "meeting-retried",
    };
    const first = await harness.graph.calendar.createMeeting(invitation);
    harness.sandbox.setFaults({});
    const again = await harness.graph.calendar.createMeeting(invitation);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(harness.sandbox.stats.count("POST", /\/events$/)).toBe(3);
    expect(again.value.eventId).toBe(first.value.eventId);
    const events = harness.sandbox.stats.graph.filter(
      (entry) => entry.method === "POST" && entry.path.endsWith("/events"),
    );
    expect(events.map((entry) => entry.status)).toEqual([504, 201, 201]);
  });
});
