import { describe, expect, it } from "vitest";
import { ErrorCodes } from "../model/errors.js";
import { aFiledReferral, aReferralScenario, aReturnedReferral } from "../testing/referral-scenario.js";
import { openReturnedReferral } from "./open-returned-referral.js";

async function returnedReferral() {
  const s = aReferralScenario("isg");
  const referral = await aReturnedReferral(s, "Which school does the child attend now?");
  const audit = () => s.store.contents().audit.map((entry) => [entry.actorId, entry.action]);
  return { s, referral, audit };
}

describe("openReturnedReferral", () => {
  it("gives the referrer their answers, the panel and its question, and audits the view", async () => {
    const { s, referral, audit } = await returnedReferral();
    const opened = await openReturnedReferral(s.deps, s.actor(s.people.referrer), {
      referralId: referral.id,
    });
    expect(opened).toEqual({
      ok: true,
      value: {
        waiting: true,
        referralId: referral.id,
        panel: s.panel,
        form: referral.form,
        question: "Which school does the child attend now?",
      },
    });
    expect(audit().at(-1)).toEqual(["referrer", "referral.viewed"]);
  });

  it("refuses anyone else, and audits the refusal", async () => {
    const { s, referral, audit } = await returnedReferral();
    const opened = await openReturnedReferral(s.deps, s.actor(s.people.chair), { referralId: referral.id });
    expect(opened.ok ? null : opened.error.code).toBe(ErrorCodes.forbidden);
    expect(audit().at(-1)).toEqual(["chair", "referral.view-refused"]);
  });

  it("says there is nothing to answer once the referral is no longer returned", async () => {
    const s = aReferralScenario("isg");
    const filed = await aFiledReferral(s);
    const opened = await openReturnedReferral(s.deps, s.actor(s.people.referrer), { referralId: filed.id });
    expect(opened).toEqual({ ok: true, value: { waiting: false, reference: filed.reference } });
  });
});
