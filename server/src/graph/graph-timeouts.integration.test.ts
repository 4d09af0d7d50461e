import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createGraphAdapters } from "./index.js";
import { startHarness, type SandboxHarness } from "./testing/sandbox-fixture.js";
import { appTokenProvider, sandboxAuthority } from "./token-providers.js";
import { chunkSize } from "./upload-session.js";

const week = { start: "2026-03-02T00:00:00.000Z", end: "2026-03-09T00:00:00.000Z", intervalMinutes: 60 };
const unavailable = {
  ok: false,
  error: {
    code: "GRAPH.UNAVAILABLE",
    message: "Microsoft 365 is not responding right now. Please try again later.",
  },
};

describe("Graph and token requests that never get an answer", () => {
  let harness: SandboxHarness;
  const internal = (count: number) =>
    harness.people
      .filter((p) => p.organisation === "internal")
      .slice(0, count)
      .map((p) => p.email);

  beforeAll(async () => {
    harness = await startHarness({
      internal: 25,
      external: 0,
      retry: { maxAttempts: 3, maxTotalMs: 5_000, baseDelayMs: 20, attemptTimeoutMs: 200 },
    });
  });
  afterAll(() => harness.close());
  beforeEach(() => {
    harness.sandbox.stats.reset();
    harness.sandbox.setFaults({});
  });

  it("gives up on a Graph call that never answers after the configured attempts: GRAPH.UNAVAILABLE", async () => {
    harness.sandbox.setFaults({ hang: { match: /^GET \/users$/, times: Infinity } });
    const found = await harness.graph.directory.findByMail("staff1@council.example");
    expect(found).toEqual(unavailable);
    expect(harness.sandbox.stats.unanswered).toEqual(["GET /users", "GET /users", "GET /users"]);
    expect(harness.sandbox.stats.count("GET", /^\/users$/)).toBe(0);
  });

  it("sends an attempt that got no answer again and returns what the next attempt finds", async () => {
    harness.sandbox.setFaults({ hang: { match: /^GET \/users$/, times: 1 } });
    const found = await harness.graph.directory.findByMail("staff2@council.example");
    expect(found).toMatchObject({ ok: true, value: { mail: "staff2@council.example" } });
    expect(harness.sandbox.stats.unanswered).toEqual(["GET /users"]);
    expect(harness.sandbox.stats.count("GET", /^\/users$/)).toBe(1);
  });

  it("gives up on a $batch of free/busy requests that never answers: GRAPH.UNAVAILABLE", async () => {
    harness.sandbox.setFaults({ hang: { match: /^POST \/\$batch$/, times: Infinity } });
    const [chair = ""] = internal(1);
    const result = await harness.graph.calendar.freeBusy({ asUser: chair, people: internal(25), ...week });
    expect(result).toEqual(unavailable);
    expect(harness.sandbox.stats.unanswered).toEqual(["POST /$batch", "POST /$batch", "POST /$batch"]);
  });

  it("sends an upload chunk that got no answer again, even when its longer timeout outlasts the retry budget", async () => {
    harness.sandbox.setFaults({ hang: { match: /^PUT \/upload-sessions\//, times: 1 } });
    // Each chunk waits 4 attempt timeouts (800 ms here), more than this whole retry budget.
    const tightBudget = { maxAttempts: 3, maxTotalMs: 300, baseDelayMs: 20, attemptTimeoutMs: 200 };
    const graph = createGraphAdapters(
      { ...harness.config, retry: tightBudget },
      { sandboxUrl: harness.sandbox.url },
    );
    const content = Buffer.alloc(chunkSize + 1000, 7);
    const filed = await graph.documents.upload({
      siteId: harness.sandbox.sites[0]?.id ?? "",
      folders: [],
      fileName: "large.bin",
      content,
      conflict: "replace",
    });
    expect(filed).toMatchObject({ ok: true, value: { size: content.byteLength } });
    expect(harness.sandbox.stats.unanswered).toHaveLength(1);
    expect(harness.sandbox.stats.count("PUT", /^\/upload-sessions\//)).toBe(2);
  });

  it("gives up on a token endpoint that never answers: the Graph call is GRAPH.UNAVAILABLE and never sent", async () => {
    const tokenRequest = `POST /${harness.sandbox.app.tenantId}/oauth2/v2.0/token`;
    harness.sandbox.setFaults({ hang: { match: /\/oauth2\/v2\.0\/token$/, times: Infinity } });
    const fresh = createGraphAdapters(harness.config, { sandboxUrl: harness.sandbox.url });
    const found = await fresh.directory.findByMail("staff3@council.example");
    expect(found).toEqual(unavailable);
    expect(harness.sandbox.stats.unanswered).toEqual([tokenRequest]);
    expect(harness.sandbox.stats.count("GET", /^\/users$/)).toBe(0);
  });

  it("fails msal's token request with its network error when the token endpoint never answers", async () => {
    harness.sandbox.setFaults({ hang: { match: /\/oauth2\/v2\.0\/token$/, times: Infinity } });
    const authority = sandboxAuthority(harness.sandbox.url, harness.sandbox.app.tenantId, 200);
    const provider = appTokenProvider(harness.config.credentials, authority);
    await expect(provider.getAccessToken()).rejects.toMatchObject({ errorCode: "network_error" });
    expect(harness.sandbox.stats.unanswered).toHaveLength(1);
  });
});
