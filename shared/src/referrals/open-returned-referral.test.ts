import { describe, expect, it } from "vitest";
import { ErrorCodes } from "../model/errors.js";
import { aValidReferralForm } from "../testing/referral-form.builder.js";
import { aReferralScenario } from "../testing/referral-scenario.js";
import { fileReferral } from "./file-referral.js";
import { openReturnedReferral } from "./open-returned-referral.js";
import { screenReferral } from "./screen-referral.js";

async function returnedReferral() {
  const s = aReferralScenario("isg");
  const filed = await fileReferral(s.deps, s.actor(s.people.referrer), {
    panelId: s.panel.id,
    idempotencyKey: "file-1",
    mode: "submit",
    form: aValidReferralForm("isg"),
  });
  if (!filed.ok) throw new Error(filed.error.message);
  const referral = filed.value.referral;
  const returned = await screenReferral(s.deps, s.actor(s.people.chair), {
    referralId: referral.id,
    idempotencyKey: "screen-1",
    decision: { kind: "return", question: "Which school does the child attend now?" },
  });
  if (!returned.ok) throw new Error(returned.error.message);
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
    const filed = await fileReferral(s.deps, s.actor(s.people.referrer), {
      panelId: s.panel.id,
      idempotencyKey: "file-2",
      mode: "submit",
      form: aValidReferralForm("isg"),
    });
    if (!filed.ok) throw new Error(filed.error.message);
    const opened = await openReturnedReferral(s.deps, s.actor(s.people.referrer), {
      referralId: filed.value.referral.id,
    });
    expect(opened).toEqual({
      ok: true,
      value: { waiting: false, reference: filed.value.referral.reference },
    });
  });
});
