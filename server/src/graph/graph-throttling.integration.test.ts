import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, type SandboxHarness } from "./testing/sandbox-fixture.js";

const week = { start: "2026-03-02T00:00:00.000Z", end: "2026-03-09T00:00:00.000Z", intervalMinutes: 60 };

describe("throttling and outages against the Graph sandbox", () => {
  let harness: SandboxHarness;
  let chair: string;
  const internal = (count: number) =>
    harness.people
      .filter((p) => p.organisation === "internal")
      .slice(0, count)
      .map((p) => p.email);

  beforeAll(async () => {
    harness = await startHarness({
      internal: 45,
      external: 0,
      retry: { maxAttempts: 4, maxTotalMs: 5_000, baseDelayMs: 20 },
    });
    chair = internal(1)[0] ?? "";
  });
  afterAll(() => harness.close());
  beforeEach(() => {
    harness.sandbox.stats.reset();
    harness.sandbox.setFaults({});
  });

  it("rides out a storm of 429s with Retry-After within the retry bounds", async () => {
    harness.sandbox.setFaults({
      rules: [{ match: /getSchedule$/, status: 429, times: 3, retryAfterSeconds: 0 }],
    });
    const result = await harness.graph.calendar.freeBusy({ asUser: chair, people: internal(5), ...week });
    expect(result.ok && result.value.people.every((person) => person.calendar === "visible")).toBe(true);
    expect(harness.sandbox.stats.graph.map((entry) => entry.status)).toEqual([429, 429, 429, 200]);
  });

  it("retries throttled steps inside a $batch and merges every person", async () => {
    harness.sandbox.setFaults({
      rules: [{ match: /getSchedule$/, status: 429, times: 2, retryAfterSeconds: 1, inBatch: true }],
    });
    const result = await harness.graph.calendar.freeBusy({ asUser: chair, people: internal(45), ...week });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.people.every((person) => person.calendar === "visible")).toBe(true);
    expect(harness.sandbox.stats.count("POST", /^\/\$batch$/)).toBe(2);
    expect(harness.sandbox.stats.count("POST", /getSchedule$/, { inBatch: true })).toBe(5);
  });

  it("rides out 503 and 504 answers on uploads and events", async () => {
    harness.sandbox.setFaults({
      rules: [
        { match: /\/content$/, status: 503, times: 2 },
        { match: /\/events$/, status: 504, times: 1, retryAfterSeconds: 0 },
      ],
    });
    const site = harness.sandbox.sites[0]?.id ?? "";
    const filed = await harness.graph.documents.upload({
      siteId: site,
      folders: [],
      fileName: "a.txt",
      content: Buffer.from("a"),
      conflict: "replace",
    });
    expect(filed.ok).toBe(true);
    const meeting = await harness.graph.calendar.createMeeting({
      organiser: chair,
      subject: "Panel",
      bodyText: "",
      start: "2026-03-03T10:00:00.000Z",
      end: "2026-03-03T11:00:00.000Z",
      attendees: [],
      onlineMeeting: false,
      transactionId: "storm-1",
    });
    expect(meeting.ok).toBe(true);
  });

  it("surfaces a storm that outlasts the attempts as GRAPH.THROTTLED", async () => {
    harness.sandbox.setFaults({
      rules: [{ match: /getSchedule$/, status: 429, times: Infinity, retryAfterSeconds: 0 }],
    });
    const result = await harness.graph.calendar.freeBusy({ asUser: chair, people: internal(3), ...week });
    expect(result).toMatchObject({ ok: false, error: { code: "GRAPH.THROTTLED" } });
    expect(harness.sandbox.stats.count("POST", /getSchedule$/)).toBe(4);
  });

  it("does not wait for a Retry-After beyond the time budget: GRAPH.THROTTLED at once", async () => {
    harness.sandbox.setFaults({
      rules: [{ match: /\/users$/, status: 429, times: Infinity, retryAfterSeconds: 600 }],
    });
    const found = await harness.graph.directory.findByMail("staff1@council.example");
    expect(found).toMatchObject({ ok: false, error: { code: "GRAPH.THROTTLED" } });
    expect(harness.sandbox.stats.count("GET", /^\/users$/)).toBe(1);
  });

  it("surfaces an outage that outlasts the attempts as GRAPH.UNAVAILABLE", async () => {
    harness.sandbox.setFaults({
      rules: [{ match: /\/events$/, status: 503, times: Infinity, retryAfterSeconds: 0 }],
    });
    const meeting = await harness.graph.calendar.createMeeting({
      organiser: chair,
      subject: "Panel",
      bodyText: "",
      start: "2026-03-04T10:00:00.000Z",
      end: "2026-03-04T11:00:00.000Z",
      attendees: [],
      onlineMeeting: false,
      transactionId: "outage-1",
    });
    expect(meeting).toMatchObject({ ok: false, error: { code: "GRAPH.UNAVAILABLE" } });
  });

  it("marks only the people of a step that stays throttled as unknown", async () => {
    harness.sandbox.setFaults({
      rules: [{ match: /getSchedule$/, status: 429, times: Infinity, retryAfterSeconds: 0, inBatch: true }],
    });
    const result = await harness.graph.calendar.freeBusy({ asUser: chair, people: internal(21), ...week });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      result.value.people.every((person) => person.calendar === "unknown" && !person.slots.includes("free")),
    ).toBe(true);
  });
});
