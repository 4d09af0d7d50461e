import type { MeetingRoomView, MyQuestionView, QuestionCardView, ReferralSummary } from "@convenor/shared";
import { describe, expect, it } from "vitest";
import { cardBytes, cardProblems } from "./card-validation.test-support.js";
import { meetingRoomCard } from "./meeting-room.card.js";
import { myQuestionCard } from "./my-question.card.js";
import { sharedQuestionCard } from "./question.card.js";
import { referralOutcomeCard } from "./referral-outcome.card.js";

const room: MeetingRoomView = {
  meetingId: "m-1",
  panelName: "North ISG",
  startsAt: "2026-03-05T10:00:00.000Z",
  started: true,
  items: Array.from({ length: 30 }, (_, i) => ({
    id: `item-${i + 1}`,
    position: i + 1,
    title: `ISG-2026-${String(i + 1).padStart(4, "0")}`,
    source: "referral" as const,
    presenterName: "Graham Ross",
    caseItem: true,
    questions: i === 0 ? [{ id: "q-1", kind: "decision" as const, state: "open" as const }] : [],
    decided: i === 1,
  })),
  people: Array.from({ length: 25 }, (_, i) => ({
    personId: `p-${i}`,
    name: `Member ${i}`,
    agency: "education" as const,
    status: i % 3 === 0 ? ("present" as const) : i % 3 === 1 ? ("apologies" as const) : null,
  })),
  quorum: { required: 3, presentAgencies: ["education"], missingAgencies: ["health", "police"], met: false },
};

const question = (overrides: Partial<QuestionCardView> = {}): QuestionCardView => ({
  questionId: "q-1",
  meetingId: "m-1",
  kind: "rating",
  state: "open",
  areas: [
    "missing-or-exploitation",
    "education-employment-training",
    "placement-permanency",
    "youth-justice",
    "health",
  ],
  itemTitle: "HRP-2026-0001",
  panelName: "CiC High Risk Panel",
  votedCount: 2,
  voterCount: 5,
  waitingFor: ["Pat Police", "Sam Patel", "Graham Ross"],
  distribution: null,
  counts: null,
  decision: null,
  agreed: null,
  voterIds: ["p-1", "p-2"],
  ...overrides,
});

const mine = (shared: QuestionCardView, overrides: Partial<MyQuestionView> = {}): MyQuestionView => ({
  shared,
  myChoice: null,
  myReason: null,
  canVote: true,
  canChair: true,
  child: { name: "Eilidh Buchanan-Test", dateOfBirth: "2013-04-05" },
  votersWithoutReason: [{ personId: "p-2", name: "Pat Police", choice: "decline" }],
  ...overrides,
});

const userIds = Array.from({ length: 75 }, (_, i) => `29:user-${i}`);
const decision = question({ kind: "decision", areas: [] });

const cards = [
  ["running agenda", meetingRoomCard(room)],
  ["rating round, blind", sharedQuestionCard(question(), userIds)],
  [
    "rating round, revealed",
    sharedQuestionCard(
      question({
        state: "revealed",
        distribution: { health: { red: 2, amber: 1, green: 0 } },
      }),
      userIds,
    ),
  ],
  [
    "decision, closed",
    sharedQuestionCard(
      question({
        kind: "decision",
        state: "closed",
        counts: { approve: 3, decline: 1, defer: 0, abstain: 1 },
        decision: {
          outcome: "approved",
          reasons: "Case detail",
          castingOutcome: false,
          dissenters: ["Pat Police"],
        },
      }),
      userIds,
    ),
  ],
  ["my rating, chair", myQuestionCard({ view: mine(question()), userId: "29:me" })],
  ["my rating, revealed", myQuestionCard({ view: mine(question({ state: "revealed" })), userId: "29:me" })],
  [
    "my vote, chair, refused",
    myQuestionCard({
      view: mine(decision, { myChoice: "approve" }),
      userId: "29:me",
      problem: "Not quorate",
    }),
  ],
] as const;

describe("meeting chat cards", () => {
  it.each(cards)("%s parses as Adaptive Card 1.5 without problems and stays under 80 KB", (_name, card) => {
    expect(cardProblems(card)).toEqual([]);
    expect(cardBytes(card)).toBeLessThan(80 * 1024);
  });

  it("ask at most 60 voters' clients to fetch their own view", () => {
    expect(sharedQuestionCard(question(), userIds).refresh?.userIds).toHaveLength(60);
  });

  it("never carry the values of an open round, nor the reasons of a decision, to the chat", () => {
    const blind = JSON.stringify(sharedQuestionCard(question(), userIds));
    expect(blind).not.toMatch(/\b(red|amber|green)\b/i);
    const closed = JSON.stringify(cards[3][1]);
    expect(closed).not.toContain("Case detail");
    expect(closed).toContain("Dissent recorded: Pat Police");
  });

  it("show the child only in the member's own view", () => {
    expect(JSON.stringify(cards[4][1])).toContain("Eilidh Buchanan-Test");
    for (const [, card] of cards.slice(0, 4)) expect(JSON.stringify(card)).not.toContain("Buchanan");
  });
});

describe("the referrer's outcome card for a panel decision", () => {
  it("names the decision and its reasons", () => {
    const summary = {
      id: "r-1",
      reference: "ISG-2026-0001",
      panelName: "North ISG",
      state: "decided",
    } as ReferralSummary;
    const card = JSON.stringify(
      referralOutcomeCard({ summary, panelDecision: "deferred", reason: "The school report is not in yet" }),
    );
    expect(card).toContain("Deferred to a later meeting");
    expect(card).toContain("The school report is not in yet");
  });
});

describe("the running agenda card", () => {
  it("says which items are decided, a decision recorded in the tab included", () => {
    const lines = (meetingRoomCard(room).body as { type: string; text?: string }[])
      .filter((element) => element.type === "TextBlock")
      .map((element) => element.text);
    expect(lines).toContain("1\\. ISG-2026-0001 (presenter: Graham Ross) — decision vote open");
    expect(lines).toContain("2\\. ISG-2026-0002 (presenter: Graham Ross) — decided");
    expect(lines).toContain("3\\. ISG-2026-0003 (presenter: Graham Ross)");
  });
});
