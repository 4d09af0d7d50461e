import { describe, expect, it } from "vitest";
import { useLocalApiService } from "../testing/local-api-service.js";

interface Answer {
  referral: number;
  caseObservation: number;
  minute: number;
  deliveredMessage: number;
  error: { code: string; fields?: { field: string; code: string }[] };
}

describe("retention periods through the JSON API", () => {
  const api = useLocalApiService("convenor-api-retention-");
  const periods = { referral: 84, caseObservation: 72, minute: 60, deliveredMessage: 6 };

  it("lets the administrator (the demo coordinator) read the defaults and change them, audited", async () => {
    const read = await api.call<Answer>("GET", "/api/retention-periods", "p-coord");
    expect(read).toEqual({
      status: 200,
      body: { referral: 72, caseObservation: 72, minute: 72, deliveredMessage: 3 },
    });
    const put = await api.call<Answer>("PUT", "/api/retention-periods", "p-coord", periods);
    expect(put).toEqual({ status: 200, body: periods });
    expect((await api.call<Answer>("GET", "/api/retention-periods", "p-coord")).body).toEqual(periods);
    const audit = await api
      .service()
      .deps.store.read((tx) => tx.audit.list({ actorId: "p-coord", subjectId: "retention-periods" }));
    expect(audit.map((entry) => entry.action)).toEqual(["retention.periods-set"]);
  });

  it("refuses anyone else with 403", async () => {
    const read = await api.call<Answer>("GET", "/api/retention-periods", "p-chair");
    const put = await api.call<Answer>("PUT", "/api/retention-periods", "p-chair", periods);
    expect([read.status, put.status]).toEqual([403, 403]);
    expect(put.body.error.code).toBe("AUTH.FORBIDDEN");
  });

  it("answers a malformed body with 400 and a period out of range with 422, naming the kind", async () => {
    const missing = await api.call<Answer>("PUT", "/api/retention-periods", "p-coord", { referral: 12 });
    expect(missing.status).toBe(400);
    const text = await api.call<Answer>("PUT", "/api/retention-periods", "p-coord", {
      ...periods,
      referral: "6y",
    });
    expect(text.status).toBe(400);
    const zero = await api.call<Answer>("PUT", "/api/retention-periods", "p-coord", {
      ...periods,
      referral: 0,
    });
    expect(zero.status).toBe(422);
    expect(zero.body.error.code).toBe("RETENTION.PERIOD_OUT_OF_RANGE");
    expect(zero.body.error.fields?.map((f) => f.field)).toEqual(["referral"]);
  });

  it("shows the seeded referral closed seven years ago without its child's name, once the service's job ran", async () => {
    type Detail = { child: { givenName: string } | null; referral: { state: string } };
    const read = () => api.call<Detail>("GET", "/api/referrals/r-old-closed", "p-coord");
    // The service's own retention job runs five seconds after a local start.
    await expect
      .poll(async () => (await read()).body.child?.givenName, { timeout: 30_000 })
      .toBe("Anonymised");
    const { status, body } = await read();
    expect(status).toBe(200);
    // The establishment stays: the minimum data set counts referrals by it.
    expect(body.child).toEqual(
      expect.objectContaining({
        familyName: "",
        dateOfBirth: "2006",
        school: "Millburn Academy",
        locality: "",
      }),
    );
    expect(body.referral.state).toBe("closed");
    expect(JSON.stringify(body)).not.toMatch(/Rowan|Grant|2006-08-19/);
    const audit = await api.service().deps.store.read((tx) => tx.audit.list({ subjectId: "r-old-closed" }));
    expect(audit.filter((entry) => entry.action === "retention.referral-anonymised")).toHaveLength(1);
  });
});
