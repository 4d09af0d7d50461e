import { describe, expect, it } from "vitest";
import { linkedConversation, type Decision, type VoteQuestion } from "@convenor/shared";
import { useOpenedStore, type OpenedStore } from "./store.contract.js";
import { uniqueId } from "./store-test-data.test-support.js";

function someQuestion(overrides: Partial<VoteQuestion> = {}): VoteQuestion {
  return {
    id: uniqueId("question"),
    meetingId: uniqueId("meeting"),
    agendaItemId: uniqueId("item"),
    kind: "decision",
    areas: [],
    state: "open",
    openedById: "chair-1",
    openedAt: "2026-03-05T10:00:00.000Z",
    closedAt: null,
    ...overrides,
  };
}

/** Meeting rooms, attendance, questions, votes, decisions, agreed ratings and card refreshes: every adapter alike. */
export function describeMeetingVotesContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Store contract, meetings and votes: ${name}`, () => {
    const store = useOpenedStore(open);

    it("starts a meeting once and keeps one attendance mark a person, the latest", async () => {
      const meetingId = uniqueId("meeting");
      const room = { meetingId, startedAt: "2026-03-05T10:00:00.000Z", startedById: "chair-1" };
      const started = await store().transaction(async (tx) => [
        await tx.meetingRooms.start(room),
        await tx.meetingRooms.start({ ...room, startedById: "chair-2" }),
      ]);
      expect(started).toEqual([true, false]);
      const mark = {
        meetingId,
        personId: "member-1",
        status: "present" as const,
        markedById: "member-1",
        markedAt: "2026-03-05T10:01:00.000Z",
      };
      await store().transaction(async (tx) => {
        await tx.meetingRooms.markAttendance(mark);
        await tx.meetingRooms.markAttendance({ ...mark, status: "apologies", markedById: "chair-1" });
      });
      const read = await store().read(async (tx) => [
        await tx.meetingRooms.get(meetingId),
        await tx.meetingRooms.attendance(meetingId),
      ]);
      expect(read).toEqual([room, [{ ...mark, status: "apologies", markedById: "chair-1" }]]);
    });

    it("keeps one vote per member per question when two transactions cast it at once", async () => {
      const question = someQuestion();
      await store().transaction((tx) => tx.votes.insertQuestion(question));
      const vote = (choice: "approve" | "decline") => ({
        questionId: question.id,
        voterId: "member-1",
        choice,
        reason: choice === "decline" ? "Not enough support offered" : null,
        castAt: "2026-03-05T10:05:00.000Z",
      });
      await Promise.all([
        store().transaction((tx) => tx.votes.cast(vote("approve"))),
        store().transaction((tx) => tx.votes.cast(vote("decline"))),
      ]);
      const votes = await store().read((tx) => tx.votes.votesOn(question.id));
      expect(votes).toHaveLength(1);
      expect([vote("approve"), vote("decline")]).toContainEqual(votes[0]);
    });

    it("moves a question's state only from the state expected, and records when it closed", async () => {
      const question = someQuestion({ kind: "rating", areas: ["overall"] });
      const moves = await store().transaction(async (tx) => {
        await tx.votes.insertQuestion(question);
        return [
          await tx.votes.setState(question.id, "open", "revealed", "2026-03-05T10:10:00.000Z"),
          await tx.votes.setState(question.id, "open", "closed", "2026-03-05T10:11:00.000Z"),
          await tx.votes.setState(question.id, "revealed", "closed", "2026-03-05T10:12:00.000Z"),
        ];
      });
      expect(moves).toEqual([true, false, true]);
      const closed = { ...question, state: "closed", closedAt: "2026-03-05T10:12:00.000Z" };
      const locked = await store().transaction((tx) => tx.votes.lockQuestion(question.id, "exclusive"));
      const read = await store().read(async (tx) => [
        await tx.votes.getQuestion(question.id),
        await tx.votes.questionsOfMeeting(question.meetingId),
      ]);
      expect(locked).toEqual(closed);
      expect(read).toEqual([closed, [closed]]);
    });

    it("stores one decision and one agreed rating a question, and lists a child's agreed ratings oldest first", async () => {
      const question = someQuestion();
      const decision: Decision = {
        id: uniqueId("decision"),
        questionId: question.id,
        meetingId: question.meetingId,
        agendaItemId: question.agendaItemId,
        referralId: "referral-1",
        childId: "child-1",
        kind: "case",
        outcome: "approved",
        resource: null,
        reasons: "Support agreed by all agencies",
        decidedAt: "2026-03-05T10:20:00.000Z",
        decidedByIds: ["chair-1"],
        reviewDate: null,
        votes: [
          { voterId: "member-1", choice: "approve" },
          { voterId: "member-2", choice: "decline" },
        ],
        dissent: [
          { personId: "member-2", choice: "decline", reason: "Wants a school view", reasonFrom: "chair" },
        ],
        castingOutcome: false,
      };
      await store().transaction((tx) => tx.votes.insertDecision(decision));
      await expect(
        store().transaction((tx) => tx.votes.insertDecision({ ...decision, id: uniqueId("decision") })),
      ).rejects.toThrow();
      expect(await store().read((tx) => tx.votes.decisionOf(question.id))).toEqual(decision);

      const panelId = uniqueId("panel");
      const rating = (questionId: string, agreedAt: string) => ({
        questionId,
        meetingId: question.meetingId,
        agendaItemId: question.agendaItemId,
        panelId,
        childId: "child-1",
        ratings: { health: "red" as const, "youth-justice": "green" as const },
        reasons: { health: "Hospital admission since last month" },
        agreedById: "chair-1",
        agreedAt,
      });
      const later = rating(uniqueId("question"), "2026-04-02T10:00:00.000Z");
      const earlier = rating(uniqueId("question"), "2026-03-05T10:00:00.000Z");
      await store().transaction(async (tx) => {
        await tx.votes.insertAgreedRating(later);
        await tx.votes.insertAgreedRating(earlier);
      });
      await expect(store().transaction((tx) => tx.votes.insertAgreedRating(later))).rejects.toThrow();
      const read = await store().read(async (tx) => [
        await tx.votes.agreedRatingsOf(panelId, "child-1"),
        await tx.votes.agreedRatingOf(later.questionId),
      ]);
      expect(read).toEqual([[earlier, later], later]);
    });

    it("queues one card update while one waits, and a new one once the waiting one was taken", async () => {
      const card = uniqueId("question-card");
      const burst = await store().transaction(async (tx) => [
        await tx.cardRefreshes.want(card),
        await tx.cardRefreshes.want(card),
        await tx.cardRefreshes.want(card),
      ]);
      expect(burst).toEqual([
        { version: 1, enqueue: true },
        { version: 1, enqueue: false },
        { version: 1, enqueue: false },
      ]);
      const taken = await store().transaction((tx) => tx.cardRefreshes.take(card));
      expect(taken).toEqual({ wanted: 1, rendered: 0 });
      const afterTake = await store().transaction((tx) => tx.cardRefreshes.want(card));
      expect(afterTake).toEqual({ version: 2, enqueue: true });
      await store().transaction(async (tx) => {
        await tx.cardRefreshes.markRendered(card, 2);
        await tx.cardRefreshes.markRendered(card, 1);
      });
      expect(await store().transaction((tx) => tx.cardRefreshes.take(card))).toEqual({
        wanted: 2,
        rendered: 2,
      });
      expect(await store().transaction((tx) => tx.cardRefreshes.take(uniqueId("never")))).toBeNull();
    });

    it("queues one card update when many transactions change the card at once", async () => {
      const card = uniqueId("question-card");
      const results = await Promise.all(
        Array.from({ length: 8 }, () => store().transaction((tx) => tx.cardRefreshes.want(card))),
      );
      expect(results.filter((result) => result.enqueue)).toHaveLength(1);
    });

    it("takes a card's update only after the changes in flight, so the read after the take shows them", async () => {
      const card = uniqueId("question-card");
      const change = linkedConversation(uniqueId("change"));
      await store().transaction((tx) => tx.cardRefreshes.want(card));
      let changing!: () => void;
      const wanted = new Promise<void>((resolve) => (changing = resolve));
      // A change that rides on the queued update (it writes nothing to the card's row) and commits a little
      // after the deliverer begins to take the update.
      const inFlight = store().transaction(async (tx) => {
        expect(await tx.cardRefreshes.want(card)).toEqual({ version: 1, enqueue: false });
        await tx.conversations.put(change, { changed: true });
        changing();
        await new Promise((resolve) => setTimeout(resolve, 100));
      });
      await wanted;
      const shown = store()
        .transaction((tx) => tx.cardRefreshes.take(card))
        .then(() => store().read((tx) => tx.conversations.get(change)));
      await inFlight;
      expect(await shown).toEqual({ changed: true });
    });
  });
}
