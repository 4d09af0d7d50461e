import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { FixedClock, InMemoryStore } from "@convenor/shared/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotHost, type BotHost } from "./create-bot-host.js";

const tenantId = "11111111-1111-4111-8111-111111111111";

/** What the host needs from the conversation layer: an empty store, a fixed clock, silent logs. */
const botContext = () => ({
  deps: { store: new InMemoryStore(), clock: new FixedClock("2026-03-02T09:00:00Z") },
  logger: pino({ level: "silent" }),
  newNonce: () => "nonce-0001",
});

/** The host behind a plain HTTP server that parses JSON bodies, as the service mounts it. */
function hostServer(host: BotHost, correlationId?: string): Server {
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = req as IncomingMessage & { body?: unknown };
      request.body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "null") as unknown;
      if (correlationId) res.setHeader("x-correlation-id", correlationId);
      void host.handle(request, res);
    });
  });
}

describe("the bot endpoint in production mode", () => {
  let url = "";
  const host = createBotHost(botContext(), {
    mode: "production",
    appId: "22222222-2222-4222-8222-222222222222",
    tenantId,
    password: "not-a-real-secret",
  });
  const server = hostServer(host);

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const activity = (tenant: string) => ({
    type: "message",
    id: "production-1",
    text: "help",
    channelId: "msteams",
    serviceUrl: "https://smba.trafficmanager.net/emea/",
    from: { id: "29:someone" },
    recipient: { id: "28:bot" },
    conversation: { id: "a:1", conversationType: "personal", tenantId: tenant },
    channelData: { tenant: { id: tenant } },
  });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });

  it("rejects an activity without a Bot Framework token, with a JSON error and no internal text", async () => {
    const response = await post(activity(tenantId));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: {
        code: "AUTH.UNAUTHENTICATED",
        message: "The activity's Bot Framework token was not accepted.",
      },
    });
  });

  it("rejects an activity from another tenant", async () => {
    expect(
      (await post(activity("33333333-3333-4333-8333-333333333333"), { authorization: "Bearer x" })).status,
    ).toBe(403);
  });

  it("rejects a body that is not an activity", async () => {
    expect((await post({ hello: "world" })).status).toBe(400);
  });
});

describe("the bot endpoint in local mode", () => {
  const host = createBotHost(botContext(), { mode: "local" });
  const server = hostServer(host);
  let url = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("accepts a well-formed activity without a token and answers it", async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        type: "invoke",
        name: "adaptiveCard/action",
        id: "local-1",
        channelId: "msteams",
        serviceUrl: "http://127.0.0.1:9/",
        from: { id: "29:someone" },
        recipient: { id: "28:bot" },
        conversation: { id: "a:1", conversationType: "personal" },
        value: { action: { type: "Action.Execute", verb: "help.unknown", data: {} }, trigger: "manual" },
      }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { statusCode: number; value: { type: string; body: unknown[] } };
    expect(body.statusCode).toBe(200);
    expect(body.value.type).toBe("AdaptiveCard");
    expect(JSON.stringify(body.value.body)).toContain("That card is out of date");
  });
});

describe("the bot endpoint refusing malformed activities and bounding its calls out (local mode)", () => {
  const hangingRequests: string[] = [];
  // A Bot Connector that accepts the connection and never answers.
  const hanging: Server = createServer((req) => {
    hangingRequests.push(`${req.method} ${req.url}`);
  });
  const host = createBotHost(botContext(), { mode: "local", outboundTimeoutMs: 200 });
  const server = hostServer(host, "corr-0001-test");
  let url = "";
  let hangingUrl = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
    hangingUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    hanging.closeAllConnections();
    await new Promise<void>((resolve) => hanging.close(() => resolve()));
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const message = (serviceUrl: string) => ({
    type: "message",
    text: "help",
    id: "local-2",
    channelId: "msteams",
    serviceUrl,
    from: { id: "29:someone" },
    recipient: { id: "28:bot" },
    conversation: { id: "a:1", conversationType: "personal" },
  });
  const post = async (body: unknown) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  };
  const internalText = /Cannot read|TypeError|ECONN|127\.0\.0\.1|smba|node_modules|\.js:\d+|\bat \w/;

  it.each([
    [
      "no from, recipient or conversation",
      { type: "message", id: "x", channelId: "msteams", serviceUrl: "http://127.0.0.1:9/" },
    ],
    ["no serviceUrl", { ...message(""), serviceUrl: undefined }],
    ["a serviceUrl that is not http(s)", message("file:///etc/passwd")],
    ["a public serviceUrl in local mode", message("https://smba.trafficmanager.net/emea/")],
    [
      "a control character in the conversation id",
      { ...message("http://127.0.0.1:9/"), conversation: { id: "a\u0000" } },
    ],
    ["an array", [message("http://127.0.0.1:9/")]],
    ["entities that are not a list", { ...message("http://127.0.0.1:9/"), entities: "mention" }],
    [
      "a mention without who is mentioned",
      { ...message("http://127.0.0.1:9/"), entities: [{ type: "mention", text: "<at>Convenor</at>" }] },
    ],
    ["members added that are not accounts", { ...message("http://127.0.0.1:9/"), membersAdded: [null] }],
    [
      "a card action without an action",
      {
        ...message("http://127.0.0.1:9/"),
        type: "invoke",
        name: "adaptiveCard/action",
        value: { verb: "x" },
      },
    ],
  ])("refuses an activity with %s with a 400 naming the field", async (_what, body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const parsed = JSON.parse(response.text) as { error: { code: string; fields: unknown[] } };
    expect(parsed.error.code).toBe("BOT.MALFORMED_ACTIVITY");
    expect(parsed.error.fields.length).toBeGreaterThan(0);
    expect(response.text).not.toMatch(internalText);
  });

  it("answers an invoke it does not handle with a message, not a 501", async () => {
    const response = await post({ ...message("http://127.0.0.1:9/"), type: "invoke", name: "task/fetch" });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({
      statusCode: 200,
      type: "application/vnd.microsoft.activity.message",
      value: "Convenor does not handle this request.",
    });
  });

  it("answers a generic error with the correlation id when the Bot Connector refuses the connection", async () => {
    const refused = createServer();
    await new Promise<void>((resolve) => refused.listen(0, "127.0.0.1", resolve));
    const refusedUrl = `http://127.0.0.1:${(refused.address() as AddressInfo).port}/`;
    await new Promise<void>((resolve) => refused.close(() => resolve()));

    const response = await post(message(refusedUrl));
    expect(response.status).toBe(500);
    expect(JSON.parse(response.text)).toEqual({
      error: {
        code: "INTERNAL",
        message: "Something went wrong on our side. Quote corr-0001-test if you contact support.",
      },
    });
  });

  it("gives up on a Bot Connector that never answers and says so without internal text", async () => {
    const response = await post(message(hangingUrl));
    expect(response.status).toBe(500);
    expect(response.text).toContain("corr-0001-test");
    expect(response.text).not.toMatch(internalText);
    // The reply, then the apology: each attempted once and abandoned, neither retried in-process.
    const posts = hangingRequests.filter((request) => request.startsWith("POST "));
    expect(posts).toEqual([
      "POST /v3/conversations/a%3A1/activities/local-2",
      "POST /v3/conversations/a%3A1/activities/local-2",
    ]);
  });
});
