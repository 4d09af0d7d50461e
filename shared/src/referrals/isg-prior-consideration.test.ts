import { describe, expect, it } from "vitest";
import { aMembership, aPanel, aPerson } from "../testing/builders.js";
import { aValidReferralForm } from "../testing/referral-form.builder.js";
import { aReferralScenario, type ReferralScenario } from "../testing/referral-scenario.js";
import { fileReferral } from "./file-referral.js";
import { getScreeningDetail } from "./get-screening-detail.js";
import { transition } from "./referral-state-machine.js";

type Outcome = "awaiting" | "decided" | "declined";

/**
 * An ISG scenario with an LC-JST panel where the child was referred first: by the ISG referrer themselves
 * (`by: "referrer"`), or by someone else whose referral the ISG referrer may not read (`by: "other"`).
 */
async function withLcjstReferral(outcome: Outcome, by: "referrer" | "other" = "referrer") {
  const s = aReferralScenario("isg");
  const lcjst = aPanel("lc-jst", { id: "panel-lcjst" });
  const other = aPerson({ id: "lcjst-referrer", displayName: "Lachlan Referrer" });
  s.store.seed({
    people: [other],
    panels: [lcjst],
    memberships: [
      aMembership(lcjst, s.people.referrer, ["referrer"]),
      aMembership(lcjst, other, ["referrer"]),
    ],
  });
  const filed = await fileReferral(s.deps, s.actor(by === "referrer" ? s.people.referrer : other), {
    panelId: lcjst.id,
    idempotencyKey: "lcjst-0001",
    mode: "submit",
    form: aValidReferralForm("lc-jst"),
  });
  if (!filed.ok) throw new Error(filed.error.message);
  const steps = {
    awaiting: [],
    decided: ["accepted", "scheduled", "heard", "decided"],
    declined: ["declined"],
  };
  await s.store.transaction(async (tx) => {
    let referral = filed.value.referral;
    for (const to of steps[outcome] as ("accepted" | "declined")[]) {
      const moved = transition(referral, to, {
        byPersonId: "chair",
        at: "2026-01-20T10:00:00.000Z",
        reason: "-",
      });
      if (!moved.ok) throw new Error(moved.error.message);
      await tx.referrals.update(moved.value, referral.version);
      referral = moved.value;
    }
  });
  return s;
}

let keys = 0;
const fileIsg = (s: ReferralScenario, form: Record<string, unknown>) =>
  fileReferral(s.deps, s.actor(s.people.referrer), {
    panelId: s.panel.id,
    idempotencyKey: `isg-${(keys += 1)}`,
    mode: "submit",
    form,
  });

const withoutOutcome = (overrides: Record<string, unknown> = {}) =>
  aValidReferralForm("isg", { "isg.lcjstOutcome": "", ...overrides });
const unknownChild = {
  "child.givenName": "Iona",
  "child.familyName": "Unknown",
  "child.dateOfBirth": "2014-03-03",
};

describe("an ISG referral is considered first at the child's LC-JST (002 B 3.3 i)", () => {
  it("with no LC-JST record in Convenor, the form must give the LC-JST outcome", async () => {
    const s = aReferralScenario("isg");
    const refused = await fileIsg(s, withoutOutcome());
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: "VALIDATION.FAILED",
        fields: [{ field: "isg.lcjstOutcome", code: "REFERRAL.ISG_REQUIRES_LCJST_OUTCOME" }],
      },
    });
    expect(s.store.contents().referrals).toEqual([]);
    expect(s.store.contents().children).toEqual([]);
  });

  it("when the referrer's own LC-JST referral for the child has no outcome yet, the ISG referral waits for it", async () => {
    const s = await withLcjstReferral("awaiting");
    const refused = await fileIsg(s, aValidReferralForm("isg"));
    expect(refused).toMatchObject({
      ok: false,
      error: { fields: [{ code: "REFERRAL.ISG_REQUIRES_LCJST_OUTCOME" }] },
    });
    // Their own referral: they may read it, so it is named.
    expect(JSON.stringify(refused)).toContain("LCJST-2026-0001");
  });

  it("a declined LC-JST referral does not block the ISG for good: the form's LC-JST outcome is enough", async () => {
    const s = await withLcjstReferral("declined");
    const filed = await fileIsg(s, aValidReferralForm("isg"));
    expect(filed.ok && filed.value.referral.state).toBe("submitted");
    const refused = await fileIsg(s, withoutOutcome());
    expect(refused).toMatchObject({ ok: false, error: { fields: [{ field: "isg.lcjstOutcome" }] } });
  });

  it("when the referrer's LC-JST referral for the child is decided, the ISG referral goes through without the form field", async () => {
    const s = await withLcjstReferral("decided");
    const filed = await fileIsg(s, withoutOutcome());
    expect(filed.ok && filed.value.referral).toMatchObject({
      state: "submitted",
      reference: "ISG-2026-0001",
    });
  });

  describe("LC-JST referrals the referrer may not read change nothing in what they are told", () => {
    it.each(["awaiting", "decided"] as const)(
      "the same form gets the same answer for a child with an unreadable %s LC-JST referral as for a child Convenor does not know",
      async (outcome) => {
        const s = await withLcjstReferral(outcome, "other");
        const knownChild = await fileIsg(s, withoutOutcome());
        const fresh = aReferralScenario("isg");
        const notKnown = await fileIsg(fresh, withoutOutcome());
        const otherChild = await fileIsg(s, withoutOutcome(unknownChild));
        expect(knownChild.ok).toBe(false);
        expect(knownChild).toEqual(notKnown);
        expect(knownChild).toEqual(otherChild);
        expect(JSON.stringify(knownChild)).not.toContain("LCJST-2026");
      },
    );

    it("with the LC-JST outcome stated, the form is accepted whether or not an unreadable LC-JST referral awaits its outcome", async () => {
      const s = await withLcjstReferral("awaiting", "other");
      const knownChild = await fileIsg(s, aValidReferralForm("isg"));
      const otherChild = await fileIsg(s, aValidReferralForm("isg", unknownChild));
      expect(knownChild.ok && knownChild.value.referral.state).toBe("submitted");
      expect(otherChild.ok && otherChild.value.referral.state).toBe("submitted");
    });
  });
});

describe("the screening detail says where an ISG referral's LC-JST outcome comes from", () => {
  async function screened(s: ReferralScenario, person: "chair" | "referrer" = "chair") {
    const filed = await fileIsg(s, aValidReferralForm("isg"));
    if (!filed.ok) throw new Error(filed.error.message);
    const detail = await getScreeningDetail(s.deps, s.actor(s.people[person]), {
      referralId: filed.value.referral.id,
    });
    if (!detail.ok) throw new Error(detail.error.message);
    return detail.value.lcjst;
  }

  it("stated by the referrer when Convenor holds no LC-JST record for the child", async () => {
    expect(await screened(aReferralScenario("isg"))).toEqual({
      statedByReferrer: "LC-JST 12 January 2026: refer to ISG",
      decided: [],
      awaiting: [],
    });
  });

  it("tells the chair of an LC-JST referral still awaiting its outcome that the referrer could not see", async () => {
    const s = await withLcjstReferral("awaiting", "other");
    expect(await screened(s)).toMatchObject({
      statedByReferrer: "LC-JST 12 January 2026: refer to ISG",
      decided: [],
      awaiting: [{ reference: "LCJST-2026-0001", state: "submitted", decidedAt: null }],
    });
    expect(await screened(s, "referrer")).toMatchObject({ awaiting: [] });
  });

  it("names the LC-JST decision Convenor holds", async () => {
    const s = await withLcjstReferral("decided");
    expect(await screened(s)).toMatchObject({
      decided: [{ reference: "LCJST-2026-0001", state: "decided", decidedAt: "2026-01-20T10:00:00.000Z" }],
      awaiting: [],
    });
  });

  it("is not given for other panels' referrals", async () => {
    const s = aReferralScenario("lc-jst");
    const filed = await fileReferral(s.deps, s.actor(s.people.referrer), {
      panelId: s.panel.id,
      idempotencyKey: "lcjst-1",
      mode: "submit",
      form: aValidReferralForm("lc-jst"),
    });
    if (!filed.ok) throw new Error(filed.error.message);
    const detail = await getScreeningDetail(s.deps, s.actor(s.people.chair), {
      referralId: filed.value.referral.id,
    });
    expect(detail.ok && detail.value.lcjst).toBeNull();
  });
});
