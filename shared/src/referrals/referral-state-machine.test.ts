import { describe, expect, it } from "vitest";
import { referralStates, type Referral, type ReferralState } from "../model/referral.js";
import { allowedTransitions, canTransition, transition } from "./referral-state-machine.js";

const at = "2026-02-01T10:00:00.000Z";

const aReferralIn = (state: ReferralState): Referral => ({
  id: "ref-1",
  panelId: "panel-1",
  reference: "ISG-2026-0001",
  state,
  childId: "child-1",
  referrerId: "referrer-1",
  urgency: "routine",
  form: {},
  meetingId: null,
  retrospective: false,
  createdAt: "2026-01-01T09:00:00.000Z",
  updatedAt: "2026-01-01T09:00:00.000Z",
  version: 3,
  history: [],
});

const allowed: [ReferralState, ReferralState][] = [
  ["draft", "submitted"],
  ["submitted", "accepted"],
  ["submitted", "returned"],
  ["submitted", "declined"],
  ["returned", "submitted"],
  ["accepted", "scheduled"],
  ["declined", "closed"],
  ["scheduled", "heard"],
  ["heard", "decided"],
  ["heard", "deferred"],
  ["deferred", "scheduled"],
  ["decided", "closed"],
];
const isAllowed = (from: ReferralState, to: ReferralState) =>
  allowed.some(([f, t]) => f === from && t === to);
const refused = referralStates.flatMap((from) =>
  referralStates.filter((to) => !isAllowed(from, to)).map((to): [ReferralState, ReferralState] => [from, to]),
);

describe("referral lifecycle", () => {
  it("allows exactly the moves in the domain lifecycle", () => {
    const table = referralStates.flatMap((from) => allowedTransitions[from].map((to) => [from, to]));
    expect(table).toEqual(expect.arrayContaining(allowed));
    expect(table).toHaveLength(allowed.length);
  });

  it.each(allowed)("%s -> %s is allowed and recorded with who, when and why", (from, to) => {
    const result = transition(aReferralIn(from), to, { byPersonId: "chair-1", at, reason: "Because." });
    expect(canTransition(from, to)).toBe(true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.state).toBe(to);
    expect(result.value.version).toBe(4);
    expect(result.value.updatedAt).toBe(at);
    expect(result.value.history).toEqual([{ from, to, at, byPersonId: "chair-1", reason: "Because." }]);
  });

  it.each(refused)("%s -> %s is refused as REFERRAL.INVALID_TRANSITION", (from, to) => {
    const result = transition(aReferralIn(from), to, { byPersonId: "chair-1", at, reason: "Because." });
    expect(canTransition(from, to)).toBe(false);
    expect(result).toEqual({
      ok: false,
      error: { code: "REFERRAL.INVALID_TRANSITION", message: `A ${from} referral cannot become ${to}.` },
    });
  });

  it("a return needs the question for the referrer", () => {
    for (const reason of [undefined, null, "   "]) {
      const result = transition(aReferralIn("submitted"), "returned", { byPersonId: "chair-1", at, reason });
      expect(result).toMatchObject({ ok: false, error: { code: "REFERRAL.REASON_REQUIRED" } });
    }
  });

  it("a decline needs a reason", () => {
    const result = transition(aReferralIn("submitted"), "declined", { byPersonId: "chair-1", at });
    expect(result).toEqual({
      ok: false,
      error: { code: "REFERRAL.REASON_REQUIRED", message: "Give the reason for declining." },
    });
  });

  it("other moves record no reason when none is given, and keep earlier history", () => {
    const first = transition(aReferralIn("draft"), "submitted", { byPersonId: "referrer-1", at });
    if (!first.ok) throw new Error("draft should submit");
    const second = transition(first.value, "accepted", {
      byPersonId: "chair-1",
      at: "2026-02-02T10:00:00.000Z",
    });
    expect(second.ok && second.value.history).toEqual([
      { from: "draft", to: "submitted", at, byPersonId: "referrer-1", reason: null },
      {
        from: "submitted",
        to: "accepted",
        at: "2026-02-02T10:00:00.000Z",
        byPersonId: "chair-1",
        reason: null,
      },
    ]);
  });
});
