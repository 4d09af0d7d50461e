import { describe, expect, it } from "vitest";
import { recordHeldMeetings, type Actor } from "@convenor/shared";
import { aMeeting, aPanel, FixedClock } from "@convenor/shared/testing";
import { uniqueId } from "./store-test-data.test-support.js";
import { twoConnectionsOnEachEngine } from "./two-connections.test-support.js";

// Two service instances record the day's held meetings at the same moment, on each real engine: the meeting
// is held once, with one audit entry, whichever instance got there first.

const engines = twoConnectionsOnEachEngine("held-race");
const worker: Actor = { personId: "convenor", channel: "worker", origin: null, correlationId: null };

describe.each(engines)("two instances recording held meetings at once: %s", (_name, open) => {
  it.skipIf(!open)("hold each meeting once", async () => {
    const [first, second] = await open!();
    try {
      const clock = new FixedClock("2030-03-06T07:00:00.000Z");
      const panel = aPanel("icsmg", { id: uniqueId("panel") });
      const meeting = aMeeting(panel, "2030-03-05T10:00:00.000Z", { id: uniqueId("meeting") });
      await first.store.transaction(async (tx) => {
        await tx.panels.upsert(panel);
        await tx.meetings.insert(meeting);
      });

      const results = await Promise.all(
        [first, second].map(({ store }) => recordHeldMeetings({ store, clock }, worker)),
      );

      expect(results.flatMap((result) => (result.ok ? result.value.held : []))).toEqual([meeting.id]);
      const audit = await first.store.read((tx) => tx.audit.list({ subjectId: meeting.id }));
      expect(audit.map((entry) => entry.action)).toEqual(["meeting.held"]);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
