import { describe, expect, it } from "vitest";
import { draftMinute, editMinute, type Actor, type Result } from "@convenor/shared";
import { aMeeting, aMembership, aPanel, aPerson, FixedClock } from "@convenor/shared/testing";
import { uniqueId } from "./store-test-data.test-support.js";
import { twoConnectionsOnEachEngine } from "./two-connections.test-support.js";

// Two chairs at once, through the use cases, on each real engine: one draft is kept and the other told so;
// of two edits from the same read, one is saved and the other refused as stale, never a lost update.

const engines = twoConnectionsOnEachEngine("minute-race");
const codeOf = (result: Result<unknown>) => (result.ok ? "ok" : result.error.code);

describe.each(engines)("minute changes arriving at once: %s", (_name, open) => {
  it.skipIf(!open)("keeps one draft and refuses the edit that raced another", async () => {
    const [first, second] = await open!();
    try {
      const clock = new FixedClock("2030-03-05T15:00:00.000Z");
      const deps = [first, second].map((opened) => ({ store: opened.store, clock }));
      const panel = aPanel("isg", { id: uniqueId("panel") });
      const [chair, coordinator] = [aPerson({ id: uniqueId("chair") }), aPerson({ id: uniqueId("coord") })];
      const meeting = aMeeting(panel, "2030-03-05T10:00:00.000Z", { id: uniqueId("meeting") });
      await first.store.transaction(async (tx) => {
        await tx.panels.upsert(panel);
        await tx.people.upsert(chair);
        await tx.people.upsert(coordinator);
        await tx.panels.setMembers(panel.id, [
          aMembership(panel, chair, ["chair"]),
          aMembership(panel, coordinator, ["coordinator"]),
        ]);
        await tx.meetings.insert(meeting);
      });
      const actor = (personId: string): Actor => ({
        personId,
        channel: "test",
        origin: null,
        correlationId: null,
      });

      const drafts = await Promise.all([
        draftMinute(deps[0]!, actor(chair.id), { meetingId: meeting.id }),
        draftMinute(deps[1]!, actor(coordinator.id), { meetingId: meeting.id }),
      ]);
      expect(drafts.map(codeOf).sort()).toEqual(["MINUTES.ALREADY_DRAFTED", "ok"]);

      const edits = await Promise.all([
        editMinute(deps[0]!, actor(chair.id), {
          meetingId: meeting.id,
          version: 1,
          revision: 1,
          generalBusiness: "A",
        }),
        editMinute(deps[1]!, actor(coordinator.id), {
          meetingId: meeting.id,
          version: 1,
          revision: 1,
          generalBusiness: "B",
        }),
      ]);
      expect(edits.map(codeOf).sort()).toEqual(["MINUTES.STALE_VERSION", "ok"]);
      const saved = edits.find((result) => result.ok);
      const stored = await first.store.read((tx) => tx.minutes.versions(meeting.id));
      expect(stored).toHaveLength(1);
      expect(stored[0]!.content.generalBusiness).toBe(saved?.ok ? saved.value.content.generalBusiness : "");
    } finally {
      await first.close();
      await second.close();
    }
  });
});
