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
});
