import { describe, expect, it } from "vitest";
import { demoPeople } from "../local/seed/demo-people.js";
import { useLocalApiService } from "../testing/local-api-service.js";
import { aValidReferralForm } from "@convenor/shared/testing";

interface ApiBody {
  referral: { reference: string };
  error: { code: string; message: string; fields?: { field: string }[] };
}

describe("the JSON API in local mode", () => {
  const api = useLocalApiService("convenor-api-");
  const get = (path: string, personId?: string) =>
    api.call<Record<string, unknown> & unknown[]>("GET", path, personId);
  const post = (path: string, personId: string, body: string | object) =>
    api.call<ApiBody>("POST", path, personId, body);

  async function auditOf(referralId: string) {
    return api.service().deps.store.transaction((tx) => tx.audit.list({ subjectId: referralId }));
  }

  it("answers health checks without sign-in", async () => {
    expect(await get("/healthz")).toEqual({
      status: 200,
      body: { status: "ok", mode: "local", store: "sqlite" },
    });
  });

  it("lets a person pick a demo persona and use the token it issues", async () => {
    const page = await (await fetch(`${api.service().url}/local-issuer/signin`)).text();
    expect(page).toContain("Morag Chalmers");
    const issued = await fetch(`${api.service().url}/local-issuer/token`, {
      method: "POST",
      body: new URLSearchParams({ persona: "p-teacher" }),
    });
    const { access_token } = (await issued.json()) as { access_token: string };
    const me = await fetch(`${api.service().url}/api/me`, {
      headers: { authorization: `Bearer ${access_token}` },
    });
    expect(((await me.json()) as { person: { id: string } }).person.id).toBe("p-teacher");

    const inBrowser = await fetch(`${api.service().url}/local-issuer/token`, {
      method: "POST",
      headers: { accept: "text/html" },
      body: new URLSearchParams({ persona: "p-teacher" }),
    });
    expect(await inBrowser.text()).toContain("Signed in as Aileen MacLeod");
    const unknown = await fetch(`${api.service().url}/local-issuer/token`, {
      method: "POST",
      body: new URLSearchParams({ persona: "nobody" }),
    });
    expect(unknown.status).toBe(400);
  });

  it("refuses the API without a bearer token, saying how to sign in", async () => {
    const response = await get("/api/me");
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error: { code: "AUTH.UNAUTHENTICATED" } });
  });

  it("refuses a token that is not a signed token", async () => {
    const response = await fetch(`${api.service().url}/api/me`, {
      headers: { authorization: "Bearer abc.def.ghi" },
    });
    expect(response.status).toBe(401);
  });

  it("does not let a token with another account's object id in through a matching user name", async () => {
    const chair = demoPeople.find((person) => person.id === "p-chair")!;
    const token = await api
      .service()
      .localIssuer!.issueToken({ ...chair, entraObjectId: "a-different-object-id" });
    const response = await fetch(`${api.service().url}/api/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(403);
  });

  it("tells a signed-in person who they are and their panel roles", async () => {
    const { status, body } = await get("/api/me", "p-chair");
    expect(status).toBe(200);
    expect(body).toMatchObject({ person: { id: "p-chair", displayName: "Morag Chalmers" } });
    expect(body.panels).toContainEqual(
      expect.objectContaining({ panelId: "panel-isg", roles: ["chair", "emergency-authoriser"] }),
    );
  });

  it("lists only the panels a person belongs to", async () => {
    const { body } = await get("/api/panels", "p-hv");
    const ids = (body as unknown as { id: string }[]).map((panel) => panel.id).sort();
    expect(ids).toEqual(["panel-cin", "panel-isg", "panel-lcjst"]);
    expect((await get("/api/panels", "p-housing")).body).toEqual([]);
  });

  it("lists a referrer's own referrals and no one else's", async () => {
    // The demo's year of history gives the teacher more referrals than one page holds: read every page.
    const mine: { id: string }[] = [];
    let cursor: string | null = null;
    do {
      const next: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
      const { status, body } = await get(`/api/referrals?view=mine${next}`, "p-teacher");
      expect(status).toBe(200);
      const page = body as unknown as { items: { id: string }[]; nextCursor: string | null };
      mine.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(mine.length).toBeGreaterThan(0);
    const stored = await api.service().deps.store.transaction((tx) => tx.referrals.list({}));
    const teachers = stored
      .filter((referral) => referral.referrerId === "p-teacher")
      .map((referral) => referral.id);
    expect(mine.map((referral) => referral.id).sort()).toEqual(teachers.sort());
  });

  it("shows case detail to the panel's chair and writes who saw it to the audit log", async () => {
    const [referral] = await api
      .service()
      .deps.store.transaction((tx) => tx.referrals.list({ panelId: "panel-isg", states: ["submitted"] }));
    const before = (await auditOf(referral!.id)).length;
    const { status, body } = await get(`/api/referrals/${referral!.id}`, "p-chair");
    expect(status).toBe(200);
    expect(body).toMatchObject({ referral: { id: referral!.id }, child: { id: referral!.childId } });
    const after = await auditOf(referral!.id);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ action: "referral.viewed", actorId: "p-chair", channel: "api" });
  });

  it("refuses case detail to someone outside the panel and records the refused attempt", async () => {
    const [referral] = await api
      .service()
      .deps.store.transaction((tx) => tx.referrals.list({ panelId: "panel-isg" }));
    const { status, body } = await get(`/api/referrals/${referral!.id}`, "p-housing");
    expect(status).toBe(403);
    expect(body).toMatchObject({ error: { code: "AUTH.FORBIDDEN" } });
    expect(JSON.stringify(body)).not.toContain(referral!.childId);
    const entries = await auditOf(referral!.id);
    expect(entries.filter((entry) => entry.actorId === "p-housing").map((entry) => entry.action)).toEqual([
      "referral.view-refused",
    ]);
  });

  it("files a referral once however often the same submission arrives", async () => {
    const body = {
      panelId: "panel-isg",
      idempotencyKey: "api-test-0001",
      mode: "submit",
      form: aValidReferralForm("isg"),
    };
    const first = await post("/api/referrals", "p-hv", body);
    expect(first.status).toBe(201);
    expect(first.body.referral.reference).toMatch(/^ISG-\d{4}-\d{4}$/);
    const again = await post("/api/referrals", "p-hv", body);
    expect(again.status).toBe(200);
    expect(again.body.referral.reference).toBe(first.body.referral.reference);
    const filed = await api
      .service()
      .deps.store.transaction((tx) => tx.referrals.list({ referrerId: "p-hv" }));
    expect(filed.filter((referral) => referral.reference === first.body.referral.reference)).toHaveLength(1);
  });

  it("rejects a referral with a missing required answer, says which, and stores nothing", async () => {
    const before = (await api.service().deps.store.transaction((tx) => tx.referrals.list({}))).length;
    const form = { ...aValidReferralForm("isg"), "child.givenName": "" };
    const response = await post("/api/referrals", "p-hv", {
      panelId: "panel-isg",
      idempotencyKey: "api-test-0002",
      form,
    });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("VALIDATION.FAILED");
    expect(response.body.error.fields).toContainEqual(expect.objectContaining({ field: "child.givenName" }));
    expect(await api.service().deps.store.transaction((tx) => tx.referrals.list({}))).toHaveLength(before);
  });

  it("rejects malformed, oversized and unexpected bodies with a JSON error", async () => {
    expect((await post("/api/referrals", "p-hv", "{not json")).status).toBe(400);
    const huge = {
      panelId: "panel-isg",
      idempotencyKey: "api-test-0003",
      form: { reason: "x".repeat(300_000) },
    };
    const tooLarge = await post("/api/referrals", "p-hv", huge);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.message).toMatch(/too large/);
    const extra = await post("/api/referrals", "p-hv", {
      panelId: "panel-isg",
      idempotencyKey: "k".repeat(10),
      form: {},
      admin: true,
    });
    expect(extra.status).toBe(400);
    expect(extra.body.error.code).toBe("VALIDATION.FAILED");
  });

  it("refuses a referral to a panel the person may not refer to", async () => {
    const response = await post("/api/referrals", "p-housing", {
      panelId: "panel-isg",
      idempotencyKey: "api-test-0004",
      form: aValidReferralForm("isg"),
    });
    expect(response.status).toBe(403);
  });
});
