import { describe, expect, it } from "vitest";
import { recordDecision, type Actor, type Result } from "@convenor/shared";
import {
  aChild,
  aMeeting,
  aMembership,
  anAgendaItem,
  aPanel,
  aPerson,
  FixedClock,
} from "@convenor/shared/testing";
import { uniqueId } from "./store-test-data.test-support.js";
import { twoConnectionsOnEachEngine } from "./two-connections.test-support.js";

// A double click on "Record decision" for an item without a referral, on each real engine: one decision is
// kept and the other click told it is already decided (not a server error).

const engines = twoConnectionsOnEachEngine("decision-race");
const codeOf = (result: Result<unknown>) => (result.ok ? "ok" : result.error.code);

describe.each(engines)("two decisions recorded at once for one item: %s", (_name, open) => {
  it.skipIf(!open)("keeps one and refuses the other with DECISION.ALREADY_DECIDED", async () => {
    const [first, second] = await open!();
    try {
      const clock = new FixedClock("2030-03-05T15:00:00.000Z");
      const panel = aPanel("icsmg", { id: uniqueId("panel") });
      const [chair, coordinator] = [aPerson({ id: uniqueId("chair") }), aPerson({ id: uniqueId("coord") })];
      const meeting = aMeeting(panel, "2030-03-05T10:00:00.000Z", { id: uniqueId("meeting"), state: "held" });
      const child = aChild({ id: uniqueId("child"), givenName: uniqueId("Given") });
      const item = anAgendaItem(meeting, { id: uniqueId("item"), source: "review", childId: child.id });
      await first.store.transaction(async (tx) => {
        await tx.panels.upsert(panel);
        await tx.people.upsert(chair);
        await tx.people.upsert(coordinator);
        await tx.panels.setMembers(panel.id, [
          aMembership(panel, chair, ["chair"]),
          aMembership(panel, coordinator, ["coordinator"]),
        ]);
        await tx.meetings.insert(meeting);
        await tx.children.insert(child);
        await tx.agenda.insert(item);
      });
      const actor = (personId: string): Actor => ({
        personId,
        channel: "test",
        origin: null,
        correlationId: null,
      });
      const decide = (store: typeof first.store, personId: string) =>
        recordDecision({ store, clock }, actor(personId), {
          meetingId: meeting.id,
          agendaItemId: item.id,
          kind: "case",
          outcome: "noted",
          reasons: "The plan continues unchanged.",
        });

      const results = await Promise.all([
        decide(first.store, chair.id),
        decide(second.store, coordinator.id),
      ]);
      expect(results.map(codeOf).sort()).toEqual(["DECISION.ALREADY_DECIDED", "ok"]);
      const stored = await first.store.read((tx) => tx.votes.decisionsOfItems([item.id]));
      expect(stored).toHaveLength(1);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
