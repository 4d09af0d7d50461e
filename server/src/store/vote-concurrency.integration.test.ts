import { describe, expect, it } from "vitest";
import { castVote, closeDecisionVote, type Actor, type Store } from "@convenor/shared";
import {
  aMeeting,
  aMembership,
  anAgendaItem,
  aPanel,
  aPanelSettings,
  aPerson,
  FixedClock,
} from "@convenor/shared/testing";
import { uniqueId } from "./store-test-data.test-support.js";
import { twoConnectionsOnEachEngine } from "./two-connections.test-support.js";

// Votes arriving at once, through the use cases, on each real engine: two connections (pools) to one database.
// One member's two votes leave one vote; a vote racing the close either counts in the decision or is refused;
// a burst of members voting at once (casts do not wait for each other) counts each once, with one card update.

const engines = twoConnectionsOnEachEngine("vote-race");

const actorOf = (personId: string): Actor => ({
  personId,
  channel: "test",
  origin: null,
  correlationId: null,
});

async function seedOpenVote(store: Store, people = 3) {
  const panel = aPanel("isg", {
    id: uniqueId("panel"),
    settings: aPanelSettings("isg", { quorumAgencies: 1 }),
  });
  const everyone = Array.from({ length: people }, () => aPerson({ id: uniqueId("person") }));
  const [chair, ...members] = everyone;
  const meeting = aMeeting(panel, "2030-03-05T10:00:00.000Z", { id: uniqueId("meeting") });
  const item = anAgendaItem(meeting, { id: uniqueId("item"), title: "Any other business" });
  const questionId = uniqueId("question");
  await store.transaction(async (tx) => {
    await tx.panels.upsert(panel);
    for (const person of everyone) await tx.people.upsert(person);
    await tx.panels.setMembers(panel.id, [
      aMembership(panel, chair!, ["chair"]),
      ...members.map((member) => aMembership(panel, member, ["member"])),
    ]);
    await tx.meetings.insert(meeting);
    await tx.agenda.insert(item);
    await tx.meetingRooms.start({
      meetingId: meeting.id,
      startedAt: "2030-03-05T10:00:00.000Z",
      startedById: chair!.id,
    });
    await tx.meetingRooms.markAttendance({
      meetingId: meeting.id,
      personId: chair!.id,
      status: "present",
      markedById: chair!.id,
      markedAt: "2030-03-05T10:00:00.000Z",
    });
    await tx.votes.insertQuestion({
      id: questionId,
      meetingId: meeting.id,
      agendaItemId: item.id,
      kind: "decision",
      areas: [],
      state: "open",
      openedById: chair!.id,
      openedAt: "2030-03-05T10:01:00.000Z",
      closedAt: null,
    });
  });
  return { questionId, chair: actorOf(chair!.id), members: members.map((m) => actorOf(m.id)) };
}

describe.each(engines)("votes arriving at once: %s", (_name, open) => {
  it.skipIf(!open)("keeps one vote per member, and never lets a vote land after the close", async () => {
    const [first, second] = await open!();
    try {
      const clock = new FixedClock("2030-03-05T10:05:00.000Z");
      const deps = [first, second].map((opened) => ({ store: opened.store, clock }));
      const { questionId, chair, members } = await seedOpenVote(first.store);
      const [member, other] = members as [Actor, Actor];

      const both = await Promise.all([
        castVote(deps[0]!, member, { questionId, decision: "approve" }),
        castVote(deps[1]!, member, { questionId, decision: "decline", reason: "Not yet" }),
      ]);
      expect(both.every((result) => result.ok)).toBe(true);
      expect(await first.store.read((tx) => tx.votes.votesOn(questionId))).toHaveLength(1);

      // The chair's approve keeps approve among the leading choices, whichever way the races went.
      await castVote(deps[0]!, chair, { questionId, decision: "approve" });
      const [closed, late] = await Promise.all([
        closeDecisionVote(deps[0]!, chair, {
          questionId,
          reasons: "Agreed",
          castingChoice: "approve",
          dissentReasons: { [member.personId]: "Recorded", [other.personId]: "Recorded" },
        }),
        castVote(deps[1]!, other, { questionId, decision: "defer" }),
      ]);
      expect(closed.ok).toBe(true);
      const decision = await first.store.read((tx) => tx.votes.decisionOf(questionId));
      const votes = await first.store.read((tx) => tx.votes.votesOn(questionId));
      expect(decision?.votes.map((v) => v.voterId).sort()).toEqual(votes.map((v) => v.voterId).sort());
      if (!late.ok) expect(late.error.code).toBe("VOTE.CLOSED");
    } finally {
      await first.close();
      await second.close();
    }
  });

  it.skipIf(!open)(
    "counts each of many members voting at once once, and leaves one card update waiting",
    async () => {
      const [first, second] = await open!();
      try {
        const clock = new FixedClock("2030-03-05T10:05:00.000Z");
        const deps = [first, second].map((opened) => ({ store: opened.store, clock }));
        const { questionId, members } = await seedOpenVote(first.store, 13);
        // Every fourth click arrives twice, as a double click would.
        const clicks = members.flatMap((member, n) => (n % 4 === 0 ? [member, member] : [member]));
        const cast = await Promise.all(
          clicks.map((member, n) =>
            castVote(deps[n % 2]!, member, { questionId, decision: n % 3 ? "approve" : "defer" }),
          ),
        );
        expect(cast.filter((result) => !result.ok)).toEqual([]);
        const votes = await first.store.read((tx) => tx.votes.votesOn(questionId));
        expect(votes.map((v) => v.voterId).sort()).toEqual(members.map((m) => m.personId).sort());
        const updates = await first.store.transaction((tx) =>
          tx.outbox.due("9999-01-01T00:00:00.000Z", 1_000),
        );
        expect(
          updates.filter((m) => m.kind === "vote.question-card" && m.payload.questionId === questionId),
        ).toHaveLength(1);
      } finally {
        await first.close();
        await second.close();
      }
    },
  );
});
