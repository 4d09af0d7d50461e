import { describe, expect, it } from "vitest";
import { aValidReferralForm } from "../testing/referral-form.builder.js";
import {
  aFiledReferral,
  aReferralScenario,
  aReturnedReferral,
  returnToReferrer,
  type ReferralScenario,
} from "../testing/referral-scenario.js";
import { getScreeningDetail } from "./get-screening-detail.js";
import { resubmitReferral } from "./resubmit-referral.js";

let keys = 0;
const key = () => `key-${(keys += 1)}`;

const resubmit = (s: ReferralScenario, referralId: string, form: Record<string, unknown>) =>
  resubmitReferral(s.deps, s.actor(s.people.referrer), { referralId, idempotencyKey: key(), form });

const detailFor = async (s: ReferralScenario, referralId: string) => {
  const detail = await getScreeningDetail(s.deps, s.actor(s.people.chair), { referralId });
  if (!detail.ok) throw new Error(detail.error.message);
  return detail.value;
};

describe("after a return and resubmit, the chair sees the question, the answer and what changed", () => {
  it("the resubmission needs the referrer's answer to the question, and nothing is stored without it", async () => {
    const s = aReferralScenario("isg");
    const referral = await aReturnedReferral(s, "Please update the chronology.");
    for (const answer of [undefined, "  ", "\u200B", "\u0000"]) {
      const refused = await resubmit(
        s,
        referral.id,
        aValidReferralForm("isg", { "resubmission.answer": answer }),
      );
      expect(refused).toMatchObject({
        ok: false,
        error: { code: "VALIDATION.FAILED", fields: [{ field: "resubmission.answer" }] },
      });
    }
    const both = await resubmit(s, referral.id, aValidReferralForm("isg", { reason: "" }));
    expect(both.ok || both.error.fields?.map((f) => f.field)).toEqual(["resubmission.answer", "reason"]);
    expect(s.store.contents().referrals[0]?.state).toBe("returned");
    expect(s.store.contents().referralVersions).toEqual([]);
  });

  it("keeps the version returned and shows the question, the answer and the changed answers with their labels", async () => {
    const s = aReferralScenario("isg");
    const referral = await aReturnedReferral(s, "Please update the chronology.");
    s.clock.set("2026-02-03T11:00:00.000Z");
    const resubmitted = await resubmit(
      s,
      referral.id,
      aValidReferralForm("isg", {
        "isg.chronology": "2025-09 attendance drop; 2026-01 LC-JST; 2026-02 review.",
        "consent.justification": "Also shared for the school's safety plan.",
        shanarri: ["achieving", "included", "safe"],
        "referrer.agency": "health",
        "resubmission.answer": "Added the February review to the chronology.",
      }),
    );
    expect(resubmitted.ok).toBe(true);
    expect(resubmitted.ok && resubmitted.value.referral.form).not.toHaveProperty("resubmission.answer");

    const { resubmission } = await detailFor(s, referral.id);
    expect(resubmission?.latest).toEqual({
      number: 1,
      question: "Please update the chronology.",
      answer: "Added the February review to the chronology.",
      returnedAt: "2026-02-02T09:00:00.000Z",
      resubmittedAt: "2026-02-03T11:00:00.000Z",
    });
    expect(resubmission?.changes).toEqual([
      // Labelled as the chair reads it, not as the form asks the referrer ("Your agency").
      { field: "referrer.agency", label: "Referrer's agency", before: "education", after: "health" },
      expect.objectContaining({
        field: "consent.justification",
        before: undefined,
        after: "Also shared for the school's safety plan.",
      }),
      {
        field: "shanarri",
        label: "Wellbeing concerns (SHANARRI indicators)",
        before: ["achieving", "included"],
        after: ["achieving", "included", "safe"],
      },
      expect.objectContaining({ field: "isg.chronology", label: "Chronology" }),
    ]);
    expect(s.store.contents().referralVersions).toEqual([
      expect.objectContaining({
        referralId: referral.id,
        number: 1,
        form: referral.form,
        returnedById: "chair",
      }),
    ]);
    expect(s.store.contents().audit.filter((a) => a.action === "referral.viewed")).toHaveLength(1);
  });

  it("keeps every earlier version: a second return compares with the version returned last", async () => {
    const s = aReferralScenario("isg");
    const referral = await aReturnedReferral(s, "First question?");
    await resubmit(
      s,
      referral.id,
      aValidReferralForm("isg", { reason: "Second reason.", "resubmission.answer": "One." }),
    );
    await returnToReferrer(s, referral.id, "Second question?");
    await resubmit(
      s,
      referral.id,
      aValidReferralForm("isg", {
        reason: "Second reason.",
        "isg.resources": "More.",
        "resubmission.answer": "Two.",
      }),
    );

    const { resubmission } = await detailFor(s, referral.id);
    expect(resubmission?.rounds.map((r) => [r.number, r.question, r.answer])).toEqual([
      [1, "First question?", "One."],
      [2, "Second question?", "Two."],
    ]);
    expect(resubmission?.changes.map((c) => c.field)).toEqual(["isg.resources"]);
  });

  it("a referral never returned has no resubmission to show", async () => {
    const s = aReferralScenario("isg");
    const filed = await aFiledReferral(s);
    expect((await detailFor(s, filed.id)).resubmission).toBeNull();
  });
});
