import { describe, expect, it } from "vitest";
import { useLocalApiService } from "../testing/local-api-service.js";
import { aValidReferralForm } from "@convenor/shared/testing";
import { demoChildren } from "../local/seed/demo-children.js";

/** Ellie (c-01): the seed holds a health visitor's LC-JST referral for her, still awaiting its outcome. */
const ellie = demoChildren.find((child) => child.id === "c-01")!;
const ellieOnTheForm = {
  "child.givenName": ellie.givenName,
  "child.familyName": ellie.familyName,
  "child.dateOfBirth": ellie.dateOfBirth,
};
const unknownChild = {
  "child.givenName": "Iona",
  "child.familyName": "Unknown",
  "child.dateOfBirth": "2014-03-03",
};

describe("the ISG rule and the screening detail over the JSON API", () => {
  const api = useLocalApiService("convenor-screening-api-");
  const call = (method: "GET" | "POST", path: string, personId: string, body?: object) =>
    api.call(method, path, personId, body);

  let keys = 0;
  const fileIsg = (form: Record<string, unknown>) =>
    call("POST", "/api/referrals", "p-teacher", {
      panelId: "panel-isg",
      idempotencyKey: `isg-api-${(keys += 1)}`,
      form: aValidReferralForm("isg", form),
    });

  it("answers a form without the LC-JST outcome the same for a child with an LC-JST referral the referrer cannot see as for an unknown child", async () => {
    const known = await fileIsg({ ...ellieOnTheForm, "isg.lcjstOutcome": "" });
    const unknown = await fileIsg({ ...unknownChild, "isg.lcjstOutcome": "" });
    expect(known.status).toBe(422);
    expect(known).toEqual(unknown);
  });

  it("refuses a child's name that is a NUL or only a direction override, as a field error", async () => {
    for (const name of ["\u202E", "\u200B", "Ann\u0007"]) {
      const refused = await fileIsg({ ...unknownChild, "child.givenName": name });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ error: { fields: [{ field: "child.givenName" }] } });
    }
    // A NUL is refused before anything reads the body: PostgreSQL cannot store one.
    const nul = await fileIsg({ ...unknownChild, "child.givenName": "\u0000" });
    expect(nul.status).toBe(400);
    expect(nul.body).toMatchObject({ error: { fields: [{ field: "form.child.givenName" }] } });
  });

  it("refuses control characters in the request's ids with a 400 naming the field", async () => {
    for (const body of [
      { panelId: "panel-isg\u0007", idempotencyKey: "isg-api-bel-1", form: aValidReferralForm("isg") },
      { panelId: "panel-isg", idempotencyKey: "isg-api\u001bnul-2", form: aValidReferralForm("isg") },
    ]) {
      const refused = await call("POST", "/api/referrals", "p-teacher", body);
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toContain("Must not contain control characters.");
    }
  });

  it("tells the ISG chair, not the referrer, that the LC-JST outcome is only stated and an LC-JST referral awaits its outcome", async () => {
    const filed = await fileIsg({ ...ellieOnTheForm, "isg.lcjstOutcome": "LC-JST met in January: refer on" });
    expect(filed.status).toBe(201);
    const id = (filed.body.referral as { id: string }).id;
    const lcjstReference = (
      await api
        .service()
        .deps.store.transaction((tx) => tx.referrals.list({ panelId: "panel-lcjst", referrerId: "p-hv" }))
    ).find((r) => r.state === "submitted")?.reference;

    const forChair = await call("GET", `/api/referrals/${id}/screening`, "p-chair");
    expect(forChair.status).toBe(200);
    expect(forChair.body).toMatchObject({
      canScreen: true,
      lcjst: {
        statedByReferrer: "LC-JST met in January: refer on",
        decided: [],
        awaiting: [{ reference: lcjstReference, state: "submitted" }],
      },
      resubmission: null,
    });
    const forReferrer = await call("GET", `/api/referrals/${id}/screening`, "p-teacher");
    expect(forReferrer.body).toMatchObject({ canScreen: false, lcjst: { awaiting: [] } });
    expect(JSON.stringify(forReferrer.body)).not.toContain(String(lcjstReference));
    expect(await call("GET", `/api/referrals/${id}/screening`, "p-police")).toMatchObject({ status: 403 });
  });
});
