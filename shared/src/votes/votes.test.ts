import { describe, expect, it } from "vitest";
import { markAttendance } from "../meeting-room/mark-attendance.js";
import type { Person } from "../model/people.js";
import { castVote } from "./cast-vote.js";
import { closeDecisionVote } from "./close-decision-vote.js";
import { aVotingScenario, type VotingScenario } from "./meeting-votes.test-support.js";
import { openQuestion } from "./open-question.js";
import { recordAgreedRating } from "./record-agreed-rating.js";
import { revealRatingRound } from "./reveal-rating-round.js";
import { viewQuestion } from "./view-question.js";

async function opened(s: VotingScenario, kind: "rating" | "decision") {
  const result = await openQuestion(s.deps, s.actor(s.people.chair), {
    meetingId: s.meetingId,
    agendaItemId: s.caseItem.id,
    kind,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.question;
}

async function quorate(s: VotingScenario) {
  for (const who of [s.people.chair, s.people.member, s.police]) {
    await markAttendance(s.deps, s.actor(who), { meetingId: s.meetingId, status: "present" });
  }
}

const vote = (s: VotingScenario, who: Person, questionId: string, decision: string, reason?: string) =>
  castVote(s.deps, s.actor(who), { questionId, decision, ...(reason ? { reason } : {}) });

const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? "ok" : result.error?.code);

describe("who may vote", () => {
  it("lets panel members and the item's invitee vote, and refuses anyone else, changing nothing", async () => {
    const s = await aVotingScenario();
    const question = await opened(s, "decision");
    expect(codeOf(await vote(s, s.people.member, question.id, "approve"))).toBe("ok");
    expect(codeOf(await vote(s, s.invitee, question.id, "approve"))).toBe("ok");
    expect(codeOf(await vote(s, s.people.outsider, question.id, "decline"))).toBe("VOTE.NOT_A_VOTER");
    expect(codeOf(await vote(s, s.people.referrer, question.id, "decline"))).toBe("VOTE.NOT_A_VOTER");
    expect(
      s.store
        .contents()
        .votes.map((v) => v.voterId)
        .sort(),
    ).toEqual(["invitee", "member"]);
  });

  it("refuses an unknown question and a choice out of range", async () => {
    const s = await aVotingScenario();
    const question = await opened(s, "decision");
    expect(codeOf(await vote(s, s.people.member, "no-such-question", "approve"))).toBe(
      "VOTE.QUESTION_NOT_FOUND",
    );
    expect(codeOf(await vote(s, s.people.member, question.id, "maybe"))).toBe("VOTE.INVALID_CHOICE");
    expect(s.store.contents().votes).toEqual([]);
  });
});

describe("one vote per member, changeable until close", () => {
  it("keeps the latest vote, counts a repeated click once and queues at most one card update", async () => {
    const s = await aVotingScenario();
    const question = await opened(s, "decision");
    const before = s.store.contents().outbox.length;
    const first = await vote(s, s.people.member, question.id, "approve");
    const again = await vote(s, s.people.member, question.id, "approve");
    expect(again.ok && again.value.unchanged).toBe(true);
    await vote(s, s.people.member, question.id, "decline");
    for (const who of [s.people.chair, s.police, s.people.coordinator])
      await vote(s, who, question.id, "approve");
    expect(first.ok).toBe(true);
    const votes = s.store.contents().votes;
    expect(votes.filter((v) => v.voterId === "member").map((v) => v.choice)).toEqual(["decline"]);
    // The question card's first post is still waiting: every vote since rides on it.
    expect(s.store.contents().outbox.length).toBe(before);
  });

  it("refuses a vote after the vote closed", async () => {
    const s = await aVotingScenario();
    await quorate(s);
    const question = await opened(s, "decision");
    await vote(s, s.people.member, question.id, "approve");
    const closed = await closeDecisionVote(s.deps, s.actor(s.people.chair), {
      questionId: question.id,
      reasons: "Support agreed",
    });
    expect(codeOf(closed)).toBe("ok");
    const late = await vote(s, s.police, question.id, "decline");
    expect(late.ok ? null : late.error.code).toBe("VOTE.CLOSED");
    expect(late.ok ? "" : late.error.message).toMatch(/closed/);
  });
});

describe("closing a decision vote", () => {
  it("is refused without quorum, naming the agencies not present", async () => {
    const s = await aVotingScenario();
    await markAttendance(s.deps, s.actor(s.people.chair), { meetingId: s.meetingId, status: "present" });
    const question = await opened(s, "decision");
    await vote(s, s.people.chair, question.id, "approve");
    const refused = await closeDecisionVote(s.deps, s.actor(s.people.chair), {
      questionId: question.id,
      reasons: "Agreed",
    });
    expect(refused.ok ? null : refused.error.code).toBe("VOTE.QUORUM_NOT_MET");
    expect(refused.ok ? "" : refused.error.message).toMatch(/Not present: Health, Police\./);
    expect(s.store.contents().decisions).toEqual([]);
  });

  it("takes the majority of votes cast, abstentions aside, and needs the dissenters' reasons", async () => {
    const s = await aVotingScenario();
    await quorate(s);
    const question = await opened(s, "decision");
    await vote(s, s.people.chair, question.id, "approve");
    await vote(s, s.people.member, question.id, "approve");
    await vote(s, s.people.coordinator, question.id, "abstain");
    await vote(s, s.police, question.id, "decline");
    await vote(s, s.invitee, question.id, "defer", "The school report is not in yet");
    const close = (dissentReasons: Record<string, string>) =>
      closeDecisionVote(s.deps, s.actor(s.people.chair), {
        questionId: question.id,
        reasons: "Support from the family team for three months",
        dissentReasons,
      });
    const refused = await close({});
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: "VOTE.DISSENT_REASON_REQUIRED",
      fields: [{ field: "dissent.police" }],
    });
    expect(s.store.contents().decisions).toEqual([]);

    const closed = await close({ police: "Wants the police concern heard first" });
    expect(closed.ok && closed.value.decision).toMatchObject({
      outcome: "approved",
      castingOutcome: false,
      decidedByIds: ["chair"],
      dissent: [
        {
          personId: "invitee",
          choice: "defer",
          reason: "The school report is not in yet",
          reasonFrom: "member",
        },
        {
          personId: "police",
          choice: "decline",
          reason: "Wants the police concern heard first",
          reasonFrom: "chair",
        },
      ],
    });
    expect(closed.ok && closed.value.referral?.state).toBe("decided");
    const again = await close({ police: "Said something else" });
    expect(again.ok && again.value.decision.id).toBe(closed.ok && closed.value.decision.id);
    expect(s.store.contents().decisions).toHaveLength(1);
    expect(
      s.store.contents().outbox.filter((m) => m.kind === "referral.outcome" && m.payload.panelDecision),
    ).toHaveLength(1);
    const outcome = s.store
      .contents()
      .outbox.filter((m) => m.kind === "referral.outcome")
      .at(-1);
    expect(outcome).toMatchObject({
      recipient: "person:referrer",
      payload: {
        state: "decided",
        panelDecision: "approved",
        reason: "Support from the family team for three months",
      },
    });
  });

  it("needs the chair's casting outcome on a tie, from the tied choices", async () => {
    const s = await aVotingScenario();
    await quorate(s);
    const question = await opened(s, "decision");
    await vote(s, s.people.chair, question.id, "defer", "Need more");
    await vote(s, s.people.member, question.id, "approve", "Ready");
    const close = (castingChoice?: string) =>
      closeDecisionVote(s.deps, s.actor(s.people.chair), {
        questionId: question.id,
        reasons: "Deferred for the school report",
        ...(castingChoice ? { castingChoice } : {}),
      });
    expect(codeOf(await close())).toBe("VOTE.TIE_NEEDS_CASTING_OUTCOME");
    expect(codeOf(await close("decline"))).toBe("VOTE.TIE_NEEDS_CASTING_OUTCOME");
    const closed = await close("defer");
    expect(closed.ok && closed.value.decision).toMatchObject({ outcome: "deferred", castingOutcome: true });
    expect(closed.ok && closed.value.referral?.state).toBe("deferred");
  });

  it("is the chair's or coordinator's only", async () => {
    const s = await aVotingScenario();
    await quorate(s);
    const question = await opened(s, "decision");
    await vote(s, s.people.member, question.id, "approve");
    const refused = await closeDecisionVote(s.deps, s.actor(s.people.member), {
      questionId: question.id,
      reasons: "x",
    });
    expect(codeOf(refused)).toBe("MEETING_ROOM.CHAIR_ONLY");
  });
});

describe("rating rounds", () => {
  it("rates the tracker's five areas at the CiC High Risk Panel, one overall rating elsewhere; case items only", async () => {
    const isg = await aVotingScenario("isg");
    expect((await opened(isg, "rating")).areas).toEqual(["overall"]);
    if (isg.topicItem) {
      const topic = await openQuestion(isg.deps, isg.actor(isg.people.chair), {
        meetingId: isg.meetingId,
        agendaItemId: isg.topicItem.id,
        kind: "rating",
      });
      expect(codeOf(topic)).toBe("VOTE.NOT_A_CASE_ITEM");
    }
  });

  it("stays blind until revealed: the shared view has counts and names of who has not rated, no values", async () => {
    const s = await aVotingScenario();
    const question = await opened(s, "rating");
    await castVote(s.deps, s.actor(s.people.member), {
      questionId: question.id,
      ratings: { overall: "red" },
    });
    const shared = await viewQuestion(s.deps, s.actor(s.people.outsider), { questionId: question.id });
    const view = shared.ok && "shared" in shared.value ? shared.value.shared : null;
    expect(view).toMatchObject({ votedCount: 1, distribution: null });
    expect(view?.waitingFor).toContain("Pat Police");
    expect(JSON.stringify(view)).not.toMatch(/red|amber|green/);

    const mine = await viewQuestion(s.deps, s.actor(s.people.member), { questionId: question.id });
    expect(mine.ok && "mine" in mine.value && mine.value.mine.myChoice).toEqual({ overall: "red" });
    // Each personal view shown (after the vote, then opened) is a read of the case; the outsider's is not.
    const audit = s.store.contents().audit.filter((e) => e.action === "case.viewed-in-meeting");
    expect(audit.map((e) => [e.actorId, e.subjectId])).toEqual([
      ["member", s.referral.id],
      ["member", s.referral.id],
    ]);

    await revealRatingRound(s.deps, s.actor(s.people.chair), { questionId: question.id });
    const revealed = await viewQuestion(s.deps, s.actor(s.people.outsider), { questionId: question.id });
    expect(revealed.ok && "shared" in revealed.value && revealed.value.shared.distribution).toEqual({
      overall: { red: 1, amber: 0, green: 0 },
    });
    const late = await castVote(s.deps, s.actor(s.police), {
      questionId: question.id,
      ratings: { overall: "green" },
    });
    expect(codeOf(late)).toBe("VOTE.CLOSED");
  });

  it("requires every area rated with red, amber or green", async () => {
    const s = await aVotingScenario();
    const question = await opened(s, "rating");
    const wrong = await castVote(s.deps, s.actor(s.people.member), {
      questionId: question.id,
      ratings: { overall: "purple" },
    });
    const stray = await castVote(s.deps, s.actor(s.people.member), {
      questionId: question.id,
      ratings: { overall: "red", health: "red" },
    });
    expect([codeOf(wrong), codeOf(stray)]).toEqual(["VOTE.INVALID_CHOICE", "VOTE.INVALID_CHOICE"]);
  });

  it("needs a reason where the agreed rating differs from the majority or from the last rating", async () => {
    const s = await aVotingScenario();
    const first = await opened(s, "rating");
    for (const who of [s.people.member, s.police]) {
      await castVote(s.deps, s.actor(who), { questionId: first.id, ratings: { overall: "amber" } });
    }
    const early = await recordAgreedRating(s.deps, s.actor(s.people.chair), {
      questionId: first.id,
      ratings: { overall: "amber" },
      reasons: {},
    });
    expect(codeOf(early)).toBe("VOTE.NOT_REVEALED");
    await revealRatingRound(s.deps, s.actor(s.people.chair), { questionId: first.id });
    const differs = await recordAgreedRating(s.deps, s.actor(s.people.chair), {
      questionId: first.id,
      ratings: { overall: "red" },
      reasons: {},
    });
    expect(differs.ok ? null : differs.error.code).toBe("VOTE.RATING_REASON_REQUIRED");
    expect(differs.ok ? "" : differs.error.message).toMatch(/most members said amber/);
    const agreed = await recordAgreedRating(s.deps, s.actor(s.people.chair), {
      questionId: first.id,
      ratings: { overall: "amber" },
      reasons: {},
    });
    expect(agreed.ok && agreed.value.rating.ratings).toEqual({ overall: "amber" });

    // A second round on the child: green by majority, but amber last time.
    const second = await opened(s, "rating");
    await castVote(s.deps, s.actor(s.people.member), {
      questionId: second.id,
      ratings: { overall: "green" },
    });
    await revealRatingRound(s.deps, s.actor(s.people.chair), { questionId: second.id });
    const changed = await recordAgreedRating(s.deps, s.actor(s.people.chair), {
      questionId: second.id,
      ratings: { overall: "green" },
      reasons: {},
    });
    expect(changed.ok ? "" : changed.error.message).toMatch(/amber last time/);
    const withReason = await recordAgreedRating(s.deps, s.actor(s.people.chair), {
      questionId: second.id,
      ratings: { overall: "green" },
      reasons: { overall: "Settled in the new placement" },
    });
    expect(withReason.ok && withReason.value.rating.reasons).toEqual({
      overall: "Settled in the new placement",
    });
  });
});
