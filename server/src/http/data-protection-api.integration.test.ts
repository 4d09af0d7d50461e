import { describe, expect, it } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import type { WhoSawReport } from "@convenor/shared";
import { useLocalApiService } from "../testing/local-api-service.js";

interface ErrorBody {
  error: { code: string; message: string };
}

describe("the data protection API in local mode", () => {
  const api = useLocalApiService("convenor-data-protection-api-");
  const today = () => new Date().toISOString().slice(0, 10);
  const whoSaw = (childId: string, from = today(), to = today()) =>
    `/api/data-protection/children/${childId}/who-saw?from=${from}&to=${to}`;

  it("shows the data protection officer who read a young person's tracker record today, by name and surface", async () => {
    expect((await api.call("GET", "/api/panels/panel-hrp/tracker", "p-cic-manager")).status).toBe(200);
    const { status, body } = await api.call<WhoSawReport>("GET", whoSaw("c-08"), "p-dpo");
    expect(status).toBe(200);
    expect(body.scope).toBe("all");
    expect(body.rows).toContainEqual(
      expect.objectContaining({
        personId: "p-cic-manager",
        personName: "Helen Carter",
        action: "tracker.viewed",
        surface: "API",
        panelId: "panel-hrp",
      }),
    );
  });

  it("refuses anyone else, another panel's chair, a reversed or over-long period, and audits each refusal", async () => {
    const stranger = await api.call<ErrorBody>("GET", whoSaw("c-08"), "p-housing");
    const otherChair = await api.call<ErrorBody>("GET", whoSaw("c-08"), "p-cin-coordinator");
    const reversed = await api.call<ErrorBody>("GET", whoSaw("c-08", "2026-11-02", "2026-11-01"), "p-dpo");
    const tooLong = await api.call<ErrorBody>("GET", whoSaw("c-08", "2024-01-01", "2026-01-01"), "p-dpo");
    const badDate = await api.call<ErrorBody>("GET", whoSaw("c-08", "yesterday"), "p-dpo");
    expect(
      [stranger, otherChair, reversed, tooLong, badDate].map((a) => [a.status, a.body.error.code]),
    ).toEqual([
      [403, "DATA_PROTECTION.NOT_AUTHORISED"],
      [403, "DATA_PROTECTION.NOT_AUTHORISED"],
      [422, "DATA_PROTECTION.PERIOD_REVERSED"],
      [422, "DATA_PROTECTION.PERIOD_TOO_LONG"],
      [400, "VALIDATION.FAILED"],
    ]);
    const { body } = await api.call<WhoSawReport>("GET", whoSaw("c-08"), "p-dpo");
    const refusals = body.rows.filter((row) => row.action === "data-protection.refused");
    expect(refusals.map((row) => row.personId)).toEqual(["p-housing", "p-cin-coordinator", "p-dpo", "p-dpo"]);
  });

  it("gives the data protection officer a subject access archive, refuses a chair, and audits both", async () => {
    const download = async (personId: string) =>
      fetch(`${api.service().url}/api/data-protection/children/c-02/subject-access`, {
        headers: await api.authorization(personId),
      });
    const refused = await download("p-chair");
    expect(refused.status).toBe(403);
    const archive = await download("p-dpo");
    expect(archive.status).toBe(200);
    expect(archive.headers.get("content-type")).toBe("application/zip");
    expect(archive.headers.get("content-disposition")).not.toMatch(/[A-Z][a-z]+ [A-Z][a-z]+/);
    const files = unzipSync(new Uint8Array(await archive.arrayBuffer()));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(["README.txt", "child.json", "referrals.json", "minutes.json", "who-saw.json"]),
    );
    const child = JSON.parse(strFromU8(files["child.json"]!)) as { id: string };
    expect(child.id).toBe("c-02");
    const saw = JSON.parse(strFromU8(files["who-saw.json"]!)) as WhoSawReport;
    expect(saw.rows.map((row) => [row.personId, row.action])).toEqual(
      expect.arrayContaining([
        ["p-chair", "data-protection.refused"],
        ["p-dpo", "data-protection.subject-access-exported"],
      ]),
    );
  });

  it("lets the chair of a young person's panel record a suspected breach, which the officer then sees", async () => {
    const body = {
      whatHappened: "The red list was forwarded to a personal mailbox.",
      discoveredOn: today(),
      reportedBy: "Panel coordinator",
      from: today(),
      to: today(),
    };
    const path = "/api/data-protection/children/c-08/breaches";
    const otherChair = await api.call<ErrorBody>("POST", path, "p-cin-coordinator", body);
    expect([otherChair.status, otherChair.body.error.code]).toEqual([403, "DATA_PROTECTION.NOT_AUTHORISED"]);
    const recorded = await api.call<{ id: string; panelId: string }>("POST", path, "p-dpo", body);
    expect(recorded.status).toBe(201);
    const listed = await api.call<{ breach: { id: string }; whoSaw: WhoSawReport }[]>("GET", path, "p-dpo");
    expect(listed.status).toBe(200);
    expect(listed.body.map((view) => view.breach.id)).toEqual([recorded.body.id]);
    expect(listed.body[0]!.whoSaw.rows.map((row) => row.action)).toContain("data-protection.breach-recorded");
  });

  it("finds a child by case reference in a POST body, for the officer only", async () => {
    const referral = await api.call<{ items: { reference: string | null; id: string }[] }>(
      "GET",
      "/api/referrals?view=mine",
      "p-teacher",
    );
    const reference = referral.body.items.find((item) => item.reference)?.reference ?? "";
    expect(reference).not.toBe("");
    const path = "/api/data-protection/children/search";
    const found = await api.call<{ childId: string }>("POST", path, "p-dpo", { query: reference });
    expect(found.status).toBe(200);
    expect(found.body.childId).toMatch(/^c-/);
    const byId = await api.call<{ childId: string }>("POST", path, "p-dpo", { query: "c-08" });
    expect(byId.body).toEqual({ childId: "c-08" });
    const stranger = await api.call<ErrorBody>("POST", path, "p-housing", { query: reference });
    expect([stranger.status, stranger.body.error.code]).toEqual([403, "DATA_PROTECTION.NOT_AUTHORISED"]);
  });

  it("shows a panel's chair who saw a child of their panels, their panels' part only, and refuses other children", async () => {
    // Morag Chalmers chairs the ICSMG, the Millburn JST and the ISG; c-02 was referred to the JST and the ISG.
    const chaired = ["panel-icsmg", "panel-lcjst", "panel-isg"];
    expect((await api.call("GET", "/api/panels/panel-hrp/tracker", "p-cic-manager")).status).toBe(200);
    const own = await api.call<WhoSawReport>("GET", whoSaw("c-02"), "p-chair");
    expect(own.status).toBe(200);
    expect(own.body.scope).toBe("panels");
    expect(own.body.rows.length).toBeGreaterThan(0);
    expect(own.body.rows.every((row) => chaired.includes(row.panelId ?? ""))).toBe(true);
    const breach = await api.call<{ panelId: string }>(
      "POST",
      "/api/data-protection/children/c-02/breaches",
      "p-chair",
      {
        whatHappened: "Papers left in a meeting room.",
        discoveredOn: today(),
        reportedBy: "Chair",
        from: today(),
        to: today(),
      },
    );
    expect(breach.status).toBe(201);
    expect(chaired).toContain(breach.body.panelId);

    const other = await api.call<ErrorBody>("GET", whoSaw("c-08"), "p-chair");
    expect(other).toEqual({
      status: 403,
      body: {
        error: {
          code: "DATA_PROTECTION.NOT_AUTHORISED",
          message:
            "Only the data protection officer, or the chair of a panel that had this child, can do this.",
        },
      },
    });
    const officer = await api.call<WhoSawReport>("GET", whoSaw("c-08"), "p-dpo");
    expect(officer.body.rows.map((row) => [row.personId, row.action])).toContainEqual([
      "p-chair",
      "data-protection.refused",
    ]);
    expect(officer.body.rows.map((row) => row.personName)).toContain("Helen Carter");
  });

  it("lets the administrator name a data protection officer and stop them being one, audited", async () => {
    const path = (personId: string) => `/api/people/${personId}/data-protection-officer`;
    const before = await api.call<ErrorBody>("GET", whoSaw("c-08"), "p-teacher");
    expect(before.status).toBe(403);
    const named = await api.call("PUT", path("p-teacher"), "p-coord", { dataProtectionOfficer: true });
    expect(named).toEqual({
      status: 200,
      body: { personId: "p-teacher", displayName: "Aileen MacLeod", dataProtectionOfficer: true },
    });
    const me = await api.call<{ person: { dataProtectionOfficer: boolean } }>("GET", "/api/me", "p-teacher");
    expect(me.body.person.dataProtectionOfficer).toBe(true);
    const asked = await api.call<WhoSawReport>("GET", whoSaw("c-08"), "p-teacher");
    expect([asked.status, asked.body.scope]).toEqual([200, "all"]);
    await api.call("PUT", path("p-teacher"), "p-coord", { dataProtectionOfficer: false });
    expect((await api.call("GET", whoSaw("c-08"), "p-teacher")).status).toBe(403);
    const audit = await api
      .service()
      .deps.store.read((tx) => tx.audit.list({ actorId: "p-coord", subjectId: "p-teacher" }));
    expect(audit.map((entry) => [entry.action, entry.detail])).toEqual([
      ["people.data-protection-officer-set", { before: false, after: true }],
      ["people.data-protection-officer-set", { before: true, after: false }],
    ]);
  });

  it("refuses anyone but the administrator, even the officer, and answers bad input clearly", async () => {
    const path = (personId: string) => `/api/people/${personId}/data-protection-officer`;
    const attempts = [
      await api.call<ErrorBody>("PUT", path("p-chair"), "p-dpo", { dataProtectionOfficer: true }),
      await api.call<ErrorBody>("PUT", path("p-dpo"), "p-chair", { dataProtectionOfficer: false }),
      await api.call<ErrorBody>("PUT", path("p-nobody"), "p-coord", { dataProtectionOfficer: true }),
      await api.call<ErrorBody>("PUT", path("p-chair"), "p-coord", { dataProtectionOfficer: "yes" }),
      await api.call<ErrorBody>("PUT", path("p-chair"), "p-coord", {
        dataProtectionOfficer: true,
        admin: true,
      }),
      await api.call<ErrorBody>("PUT", path("p.chair"), "p-coord", { dataProtectionOfficer: true }),
    ];
    expect(attempts.map((a) => [a.status, a.body.error.code])).toEqual([
      [403, "AUTH.FORBIDDEN"],
      [403, "AUTH.FORBIDDEN"],
      [404, "NOT_FOUND"],
      [400, "VALIDATION.FAILED"],
      [400, "VALIDATION.FAILED"],
      [400, "VALIDATION.FAILED"],
    ]);
    expect((await api.call("GET", whoSaw("c-08"), "p-dpo")).status).toBe(200);
    expect((await api.call("GET", whoSaw("c-08"), "p-chair")).status).toBe(403);
  });
});
