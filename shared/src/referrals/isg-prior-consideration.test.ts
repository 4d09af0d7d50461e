import { describe, expect, it } from "vitest";
import { aMembership, aPanel } from "../testing/builders.js";
import { aValidReferralForm } from "../testing/referral-form.builder.js";
import { aReferralScenario } from "../testing/referral-scenario.js";
import { fileReferral } from "./file-referral.js";
import { transition } from "./referral-state-machine.js";

/** An ISG scenario with the same people on an LC-JST panel, where the child was referred first. */
async function withLcjstReferral(decided: boolean) {
  const s = aReferralScenario("isg");
  const lcjst = aPanel("lc-jst", { id: "panel-lcjst" });
  s.store.seed({ panels: [lcjst], memberships: [aMembership(lcjst, s.people.referrer, ["referrer"])] });
  const filed = await fileReferral(s.deps, s.actor(s.people.referrer), {
    panelId: lcjst.id,
    idempotencyKey: "lcjst-0001",
    mode: "submit",
    form: aValidReferralForm("lc-jst"),
  });
  if (!filed.ok) throw new Error(filed.error.message);
  if (decided) {
    await s.store.transaction(async (tx) => {
      let referral = filed.value.referral;
      for (const to of ["accepted", "scheduled", "heard", "decided"] as const) {
        const moved = transition(referral, to, { byPersonId: "chair", at: "2026-01-20T10:00:00.000Z" });
        if (!moved.ok) throw new Error(moved.error.message);
        await tx.referrals.update(moved.value, referral.version);
        referral = moved.value;
      }
    });
  }
  return s;
}

const fileIsg = (s: Awaited<ReturnType<typeof withLcjstReferral>>, form: Record<string, unknown>) =>
  fileReferral(s.deps, s.actor(s.people.referrer), {
    panelId: s.panel.id,
    idempotencyKey: "isg-0001",
    mode: "submit",
    form,
  });

describe("an ISG referral is considered first at the child's LC-JST (002 B 3.3 i)", () => {
  it("with no LC-JST record in Convenor, the form must give the LC-JST outcome", async () => {
    const s = aReferralScenario("isg");
    const refused = await fileReferral(s.deps, s.actor(s.people.referrer), {
      panelId: s.panel.id,
      idempotencyKey: "isg-0001",
      mode: "submit",
      form: aValidReferralForm("isg", { "isg.lcjstOutcome": "" }),
    });
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

  it("when Convenor has the child's LC-JST referral without an outcome, the ISG referral waits", async () => {
    const s = await withLcjstReferral(false);
    const refused = await fileIsg(s, aValidReferralForm("isg"));
    expect(refused).toMatchObject({
      ok: false,
      error: { fields: [{ code: "REFERRAL.ISG_REQUIRES_LCJST_OUTCOME" }] },
    });
    // The referrer may not see the LC-JST referral: its reference must not appear.
    expect(JSON.stringify(refused)).not.toContain("LCJST-2026-0001");
  });

  it("a declined LC-JST referral does not block the ISG for good: the form's LC-JST outcome is enough", async () => {
    const s = await withLcjstReferral(false);
    await s.store.transaction(async (tx) => {
      const [lcjst] = await tx.referrals.list({ panelId: "panel-lcjst" });
      const declined = transition(lcjst!, "declined", {
        byPersonId: "chair",
        at: "2026-01-20T10:00:00.000Z",
        reason: "Not for LC-JST",
      });
      if (!declined.ok) throw new Error(declined.error.message);
      await tx.referrals.update(declined.value, lcjst!.version);
    });
    const filed = await fileIsg(s, aValidReferralForm("isg"));
    expect(filed.ok && filed.value.referral.state).toBe("submitted");
    const refused = await fileReferral(s.deps, s.actor(s.people.referrer), {
      panelId: s.panel.id,
      idempotencyKey: "isg-0002",
      mode: "submit",
      form: aValidReferralForm("isg", { "isg.lcjstOutcome": "" }),
    });
    expect(refused).toMatchObject({ ok: false, error: { fields: [{ field: "isg.lcjstOutcome" }] } });
  });

  it("when the child's LC-JST referral is decided, the ISG referral goes through without the form field", async () => {
    const s = await withLcjstReferral(true);
    const filed = await fileIsg(s, aValidReferralForm("isg", { "isg.lcjstOutcome": "" }));
    expect(filed.ok && filed.value.referral).toMatchObject({
      state: "submitted",
      reference: "ISG-2026-0001",
    });
  });
});
