import { describe, expect, it } from "vitest";
import { reorderAgenda, type Actor, type Store } from "@convenor/shared";
import { aMeeting, aMembership, anAgendaItem, aPanel, aPerson, FixedClock } from "@convenor/shared/testing";
import { uniqueId } from "./store-test-data.test-support.js";
import { twoConnectionsOnEachEngine } from "./two-connections.test-support.js";

// Two chairs reorder the same agenda at the same moment, through the use case, on each real engine: two
// connections (pools) to one database. Exactly one wins; positions stay 1..n in the winner's order.

const engines = twoConnectionsOnEachEngine("agenda-race");

async function seedAgenda(store: Store) {
  const panel = aPanel("isg", { id: uniqueId("panel") });
  const chairs = [aPerson({ id: uniqueId("chair") }), aPerson({ id: uniqueId("chair") })];
  const meeting = aMeeting(panel, "2030-03-05T10:00:00.000Z", { id: uniqueId("meeting") });
  const items = [1, 2, 3, 4].map((position) =>
    anAgendaItem(meeting, { id: uniqueId("item"), position, title: `Item ${position}` }),
  );
  await store.transaction(async (tx) => {
    await tx.panels.upsert(panel);
    for (const chair of chairs) await tx.people.upsert(chair);
    await tx.panels.setMembers(
      panel.id,
      chairs.map((chair) => aMembership(panel, chair, ["chair"])),
    );
    await tx.meetings.insert(meeting);
    for (const item of items) await tx.agenda.insert(item);
  });
  const actors = chairs.map((chair): Actor => ({
    personId: chair.id,
    channel: "test",
    origin: null,
    correlationId: null,
  }));
  return { meeting, ids: items.map((item) => item.id), actors };
}

describe.each(engines)("two chairs reordering one agenda at once: %s", (_name, open) => {
  it.skipIf(!open)("lets exactly one win, from a new agenda and from a changed one", async () => {
    const [first, second] = await open!();
    try {
      const clock = new FixedClock("2030-02-01T09:00:00.000Z");
      const { meeting, ids, actors } = await seedAgenda(first.store);
      for (const version of [0, 1]) {
        const orders = [[...ids].reverse(), [ids[1]!, ids[0]!, ids[3]!, ids[2]!]];
        const results = await Promise.all(
          [first, second].map((opened, index) =>
            reorderAgenda({ store: opened.store, clock }, actors[index]!, {
              meetingId: meeting.id,
              version,
              itemIds: orders[index]!,
            }),
          ),
        );

        expect(results.filter((result) => result.ok)).toHaveLength(1);
        const loser = results.find((result) => !result.ok);
        expect(loser && !loser.ok && loser.error.code).toBe("CONCURRENCY.CONFLICT");
        const winner = orders[results.findIndex((result) => result.ok)]!;
        const stored = await first.store.read((tx) => tx.agenda.listForMeeting(meeting.id));
        expect(stored.map((item) => [item.id, item.position])).toEqual(winner.map((id, i) => [id, i + 1]));
      }
    } finally {
      await first.close();
      await second.close();
    }
  });
});
