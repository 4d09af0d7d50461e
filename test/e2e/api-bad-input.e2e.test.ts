import { aValidReferralForm } from "@convenor/shared/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeOnEachEngine, startEngineService, type EngineService } from "./support/engine-service.js";

interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}

describeOnEachEngine("bad input at the API's edge", (engine) => {
  let api: EngineService;

  beforeAll(async () => {
    api = await startEngineService(engine);
  });
  afterAll(async () => {
    await api.close();
  });

  async function send(path: string, init: { method?: string; body?: string; personId?: string } = {}) {
    const response = await fetch(`${api.url}${path}`, {
      method: init.method ?? "GET",
      headers: {
        ...(init.personId === undefined ? {} : await api.as(init.personId)),
        ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(init.body === undefined ? {} : { body: init.body }),
    });
    return { status: response.status, body: (await response.json()) as ErrorBody };
  }

  const fileReferral = (fields: Record<string, unknown>) =>
    send("/api/referrals", {
      method: "POST",
      personId: "p-hv",
      body: JSON.stringify({
        panelId: "panel-isg",
        idempotencyKey: "bad-input-0001",
        form: aValidReferralForm("isg"),
        ...fields,
      }),
    });

  const fieldsOf = (body: ErrorBody) => (body.error.fields ?? []).map((field) => field.field);

  it("refuses control characters in the panel id, draft id and idempotency key, naming the field", async () => {
    const before = await api.counts();
    for (const [field, value] of [
      ["panelId", "panel-isg\u0000"],
      ["panelId", "panel\u0007isg"],
      ["draftId", "draft\u0000"],
      ["idempotencyKey", "bad-input\u0000key"],
      ["idempotencyKey", "bad-input\u009bkey"],
    ] as const) {
      const response = await fileReferral({ [field]: value });
      expect(response.status, `${field} ${JSON.stringify(value)}`).toBe(400);
      expect(response.body.error.code).toBe("VALIDATION.FAILED");
      expect(fieldsOf(response.body)).toContain(field);
    }
    expect(await api.counts()).toEqual(before);
  });

  it("refuses a NUL anywhere in a body, and in the query and address, before the store sees it", async () => {
    const inForm = await fileReferral({
      form: { ...aValidReferralForm("isg"), "child.givenName": "A\u0000" },
    });
    expect(inForm.status).toBe(400);
    expect(fieldsOf(inForm.body)).toContain("form.child.givenName");

    const inQuery = await send("/api/referrals?view=queue&panelId=panel-isg%00", { personId: "p-chair" });
    expect(inQuery.status).toBe(400);
    expect(fieldsOf(inQuery.body)).toContain("panelId");

    const inAddress = await send("/api/referrals/abc%00def", { personId: "p-chair" });
    expect(inAddress.status).toBe(400);
    expect(fieldsOf(inAddress.body)).toContain("id");
  });

  it("refuses a control character in the local issuer's persona with a field error", async () => {
    for (const persona of ["p-chair\u0000", "p-\u0001chair"]) {
      const response = await fetch(`${api.url}/local-issuer/token`, {
        method: "POST",
        body: new URLSearchParams({ persona }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: string; fields: { field: string }[] };
      expect(body.error).toBe("invalid_request");
      expect(body.fields.map((field) => field.field)).toEqual(["persona"]);
    }
  });

  it("refuses a body nested ten thousand levels deep with a 400, not a crash", async () => {
    const before = await api.counts();
    const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    const response = await send("/api/referrals", {
      method: "POST",
      personId: "p-hv",
      body: `{"panelId":"panel-isg","idempotencyKey":"bad-input-0002","form":{"a":${deep}}}`,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.[0]?.message).toMatch(/nested deeper than/);
    expect(await api.counts()).toEqual(before);

    const activity = await send("/api/messages", {
      method: "POST",
      body: `{"type":"message","value":${deep}}`,
    });
    expect(activity.status).toBe(400);
  });

  it("says what is wrong with a malformed %-escape in the address", async () => {
    const response = await send("/api/referrals/%E0%A4%A", { personId: "p-chair" });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/address/);
    expect(response.body.error.message).not.toMatch(/JSON/);
  });

  it("gives the local issuer's own body limit when its form is too large", async () => {
    const response = await fetch(`${api.url}/local-issuer/token`, {
      method: "POST",
      body: new URLSearchParams({ persona: "x".repeat(3_000) }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorBody).error.message).toBe(
      "The request body is too large (limit 2 KB).",
    );
  });
});
