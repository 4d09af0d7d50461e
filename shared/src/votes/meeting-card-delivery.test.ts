import { describe, expect, it } from "vitest";
import { markAttendance } from "../meeting-room/mark-attendance.js";
import type { Person } from "../model/people.js";
import { castVote } from "./cast-vote.js";
import { recordMeetingCard, takeMeetingCard } from "./meeting-card-delivery.js";
import { aVotingScenario, type VotingScenario } from "./meeting-votes.test-support.js";
import { openQuestion } from "./open-question.js";

const pendingCards = (s: VotingScenario) =>
  s.store.contents().outbox.filter((m) => m.kind === "vote.question-card" && m.deliveredAt === null);

async function deliverNext(s: VotingScenario) {
  const [message] = pendingCards(s);
  if (!message) throw new Error("no question card waiting");
  const delivery = await takeMeetingCard(s.deps, message);
  await s.store.transaction((tx) => tx.outbox.markDelivered(message.id, "2026-02-02T09:00:00.000Z"));
  return delivery!;
}

describe("question card updates under load", () => {
  it("leaves one update waiting for a burst of votes, and queues another for a vote made during delivery", async () => {
    const s = await aVotingScenario();
    const opened = await openQuestion(s.deps, s.actor(s.people.chair), {
      meetingId: s.meetingId,
      agendaItemId: s.caseItem.id,
      kind: "decision",
    });
    if (!opened.ok) throw new Error(opened.error.message);
    const questionId = opened.value.question.id;
    const vote = (who: Person, decision: string) => castVote(s.deps, s.actor(who), { questionId, decision });
    for (const [who, decision] of [
      [s.people.chair, "approve"],
      [s.people.member, "approve"],
      [s.people.member, "decline"],
      [s.police, "defer"],
    ] as const) {
      await vote(who, decision);
    }
    expect(pendingCards(s)).toHaveLength(1);

    const first = await deliverNext(s);
    expect(first).toMatchObject({ kind: "question", upToDate: false, posted: null, version: 1 });
    expect(first.kind === "question" && first.view.votedCount).toBe(3);
    // A vote commits after the delivery read the store, before the card reached Teams.
    await vote(s.invitee, "abstain");
    expect(pendingCards(s)).toHaveLength(1);
    await recordMeetingCard(s.deps, {
      card: first.card,
      version: first.version,
      posted: { conversation: { id: s.conversationId }, activityId: "activity-1" },
    });

    const second = await deliverNext(s);
    expect(second).toMatchObject({ upToDate: false, version: 2, posted: { activityId: "activity-1" } });
    expect(second.kind === "question" && second.view.votedCount).toBe(4);
    await recordMeetingCard(s.deps, { card: second.card, version: second.version });
    expect(pendingCards(s)).toEqual([]);

    // An attendance change queues the running agenda card, not the question card.
    await markAttendance(s.deps, s.actor(s.people.coordinator), {
      meetingId: s.meetingId,
      status: "present",
    });
    expect(pendingCards(s)).toEqual([]);
  });

  it("skips an update whose version the card already shows", async () => {
    const s = await aVotingScenario();
    const opened = await openQuestion(s.deps, s.actor(s.people.chair), {
      meetingId: s.meetingId,
      agendaItemId: s.caseItem.id,
      kind: "rating",
    });
    if (!opened.ok) throw new Error(opened.error.message);
    const [message] = pendingCards(s);
    const first = (await takeMeetingCard(s.deps, message!))!;
    await recordMeetingCard(s.deps, {
      card: first.card,
      version: first.version,
      posted: { conversation: { id: s.conversationId }, activityId: "activity-1" },
    });
    // The same message again (a retry after the card was updated but before it was marked delivered).
    expect(await takeMeetingCard(s.deps, message!)).toMatchObject({ upToDate: true });
  });

  it("never posts a card twice: a delivery while the first post is under way waits for it", async () => {
    const s = await aVotingScenario();
    const opened = await openQuestion(s.deps, s.actor(s.people.chair), {
      meetingId: s.meetingId,
      agendaItemId: s.caseItem.id,
      kind: "decision",
    });
    if (!opened.ok) throw new Error(opened.error.message);
    const questionId = opened.value.question.id;
    const [firstMessage] = pendingCards(s);
    const first = (await takeMeetingCard(s.deps, firstMessage!))!;
    expect(first).toMatchObject({ posted: null, firstPostElsewhereMs: null });

    // A vote lands while the first post is still on its way to Teams: its update is another message.
    await castVote(s.deps, s.actor(s.people.member), { questionId, decision: "approve" });
    const [secondMessage] = pendingCards(s).filter((m) => m.id !== firstMessage!.id);
    const second = (await takeMeetingCard(s.deps, secondMessage!))!;
    expect(second.posted).toBeNull();
    expect(second.firstPostElsewhereMs).toBeGreaterThan(0);

    // The first delivery's retry is still its own: it may post.
    expect((await takeMeetingCard(s.deps, firstMessage!))!.firstPostElsewhereMs).toBeNull();

    await recordMeetingCard(s.deps, {
      card: first.card,
      version: first.version,
      posted: { conversation: { id: s.conversationId }, activityId: "activity-1" },
    });
    const retried = (await takeMeetingCard(s.deps, secondMessage!))!;
    expect(retried).toMatchObject({ firstPostElsewhereMs: null, posted: { activityId: "activity-1" } });
    expect(retried.upToDate).toBe(false);
  });
});
