import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  linkMeetingToEvent,
  scheduleMeeting,
  suggestMeetingSlots,
  syncMeetingWithEvent,
  type Actor,
  type PanelMembership,
  type UseCaseDeps,
} from "@convenor/shared";
import { FixedClock, sequentialIds } from "@convenor/shared/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createStore, type OpenStore } from "../store/create-store.js";
import { dropSchemas, uniqueSchemaName } from "../testing/postgres-schemas.js";
import { fakePanel, fakePeople, startHarness, type SandboxHarness } from "./testing/sandbox-fixture.js";

const people = fakePeople(26, 2);
const [chairPerson] = people;
const panel = { ...fakePanel, settings: { ...fakePanel.settings, quorumAgencies: 1 } };
const memberships: PanelMembership[] = people.map((person, index) => ({
  panelId: panel.id,
  personId: person.id,
  roles: index === 0 ? ["chair"] : ["member"],
  agency: person.agency,
}));
const chair: Actor = { personId: chairPerson!.id, channel: "api", origin: null, correlationId: "corr-1" };
const worker: Actor = { personId: "convenor", channel: "worker", origin: null, correlationId: null };
const postgresUrl = process.env.TEST_DATABASE_URL;
const schema = uniqueSchemaName("scheduling_test");

const stores: [string, (directory: string) => Promise<OpenStore>][] = [
  ["SQLite", (directory) => createStore({ sqlitePath: join(directory, "convenor.sqlite") })],
  ...(postgresUrl
    ? [
        ["PostgreSQL", () => createStore({ databaseUrl: postgresUrl, schema })] as [
          string,
          () => Promise<OpenStore>,
        ],
      ]
    : []),
];

describe.each(stores)(
  "scheduling through the Graph adapter against the sandbox, on %s",
  (_name, openStore) => {
    let harness: SandboxHarness;
    let opened: OpenStore;
    let directory: string;
    let deps: UseCaseDeps;
    let keys = 0;
    const clock = new FixedClock("2026-03-02T08:00:00.000Z");
    const request = (startsAt: string, eventBy: "convenor" | "outlook" = "convenor") => ({
      panelId: panel.id,
      idempotencyKey: `schedule-${(keys += 1)}-${Date.now()}`,
      startsAt,
      eventBy,
      // The sandbox's seeded calendars decide free/busy; a reason keeps these tests about the event.
      overrideReason: "Test meeting",
      appUrl: "https://convenor.example",
    });

    beforeAll(async () => {
      harness = await startHarness({
        internal: 26,
        external: 2,
        memberships,
        retry: { maxAttempts: 2, maxTotalMs: 2_000, baseDelayMs: 10 },
      });
      directory = await mkdtemp(join(tmpdir(), "convenor-scheduling-"));
      opened = await openStore(directory);
      await opened.store.transaction(async (tx) => {
        for (const person of people) await tx.people.upsert(person);
        await tx.panels.upsert(panel);
        await tx.panels.setMembers(panel.id, memberships);
      });
      deps = {
        store: opened.store,
        clock,
        calendar: harness.graph.calendar,
        newId: sequentialIds(`m${Date.now()}`),
      };
    });
    afterAll(async () => {
      await opened.close();
      await harness.close();
      await rm(directory, { recursive: true, force: true });
      if (postgresUrl) await dropSchemas(postgresUrl, [schema]);
    });
    beforeEach(() => {
      harness.sandbox.setFaults({});
      harness.sandbox.stats.reset();
    });

    it("suggests slots for 28 members over eight weeks from one HTTP request to Graph", async () => {
      const result = await suggestMeetingSlots(deps, chair, { panelId: panel.id });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(harness.sandbox.stats.graph.filter((entry) => !entry.inBatch)).toHaveLength(1);
      expect(harness.sandbox.stats.count("POST", /\/calendar\/getSchedule$/)).toBe(2);
      const external = result.value.members.filter((member) => member.organisation === "external");
      expect(external.map((member) => member.calendar)).toEqual(["unknown", "unknown"]);
      expect(result.value.slots[0]?.quorumMet).toBe(true);
    });

    it.each([
      ["an outage (503)", 503 as const, "GRAPH.UNAVAILABLE"],
      ["throttling (429)", 429 as const, "GRAPH.THROTTLED"],
    ])(
      "after %s leaves the meeting pending; the retry makes exactly one Teams event",
      async (_what, status, code) => {
        harness.sandbox.setFaults({
          rules: [{ match: /^POST .*\/events$/, status, times: Infinity, retryAfterSeconds: 0 }],
        });
        const body = request("2026-03-24T10:00:00Z");
        const failed = await scheduleMeeting(deps, chair, body);
        expect(failed.ok ? null : failed.error.code).toBe(code);
        const pending = await opened.store.read((tx) => tx.meetings.listByPanel(panel.id));
        const meeting = pending.find((candidate) => candidate.state === "pending");
        expect(meeting).toBeDefined();

        harness.sandbox.setFaults({});
        const retried = await scheduleMeeting(deps, chair, body);
        expect(retried.ok && retried.value.meeting).toMatchObject({ id: meeting?.id, state: "planned" });
        expect(retried.ok && retried.value.meeting.joinUrl).toMatch(/meetup-join/);
        expect(harness.sandbox.eventsWithTransactionId(meeting?.id ?? "")).toBe(1);
      },
    );

    it("makes one event when Graph made it but the answer was lost, and the same request comes again", async () => {
      harness.sandbox.setFaults({
        rules: [
          { match: /^POST .*\/events$/, status: 503, times: 2, afterHandling: true, retryAfterSeconds: 0 },
        ],
      });
      const body = request("2026-03-25T10:00:00Z");
      const failed = await scheduleMeeting(deps, chair, body);
      expect(failed.ok ? null : failed.error.code).toBe("GRAPH.UNAVAILABLE");
      const retried = await scheduleMeeting(deps, chair, body);
      expect(retried.ok && retried.value.meeting.state).toBe("planned");
      const id = retried.ok ? retried.value.meeting.id : "";
      expect(harness.sandbox.eventsWithTransactionId(id)).toBe(1);
    });

    it("links an event saved in Outlook, then follows it when it is moved and when it is cancelled", async () => {
      const pending = await scheduleMeeting(deps, chair, request("2026-03-26T10:00:00Z", "outlook"));
      if (!pending.ok) throw new Error(pending.error.message);
      const saved = await harness.graph.calendar.createMeeting({
        organiser: chairPerson!.email,
        subject: "Test ISG North",
        bodyText: "",
        start: "2026-03-26T10:00:00.000Z",
        end: "2026-03-26T12:00:00.000Z",
        attendees: [],
        onlineMeeting: false,
        transactionId: "outlook-1",
      });
      if (!saved.ok) throw new Error(saved.error.message);
      const linked = await linkMeetingToEvent(deps, chair, {
        meetingId: pending.value.meeting.id,
        eventId: saved.value.eventId,
      });
      expect(linked.ok && linked.value.meeting).toMatchObject({
        state: "planned",
        calendarEventId: saved.value.eventId,
      });
      expect(linked.ok && linked.value.meeting.joinUrl).toMatch(/meetup-join/);

      await harness.graph.calendar.updateMeeting(chairPerson!.email, saved.value.eventId, {
        start: "2026-03-27T13:00:00.000Z",
        end: "2026-03-27T15:00:00.000Z",
      });
      const moved = await syncMeetingWithEvent(deps, worker, { meetingId: pending.value.meeting.id });
      expect(moved.ok && moved.value).toMatchObject({
        outcome: "moved",
        meeting: { startsAt: "2026-03-27T13:00:00.000Z" },
      });

      await harness.graph.calendar.cancelMeeting(chairPerson!.email, saved.value.eventId, "No longer needed");
      const cancelled = await syncMeetingWithEvent(deps, worker, { meetingId: pending.value.meeting.id });
      expect(cancelled.ok && cancelled.value.outcome).toBe("cancelled");
      const notices = await opened.store.transaction((tx) => tx.outbox.due("2026-12-31T00:00:00.000Z", 500));
      const aboutThis = notices.filter((message) => message.payload.meetingId === pending.value.meeting.id);
      expect(aboutThis.filter((message) => message.kind === "meeting.moved")).toHaveLength(28);
      expect(aboutThis.filter((message) => message.kind === "meeting.cancelled")).toHaveLength(28);
    });
  },
);
