import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { FixedClock, InMemoryStore } from "@convenor/shared/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotHost } from "./create-bot-host.js";

const tenantId = "11111111-1111-4111-8111-111111111111";

describe("the bot endpoint in production mode", () => {
  let url = "";
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = req as IncomingMessage & { body?: unknown };
      request.body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "null") as unknown;
      void host.handle(request, res);
    });
  });
  const host = createBotHost(
    {
      deps: { store: new InMemoryStore(), clock: new FixedClock("2026-03-02T09:00:00Z") },
      logger: pino({ level: "silent" }),
      newNonce: () => "nonce-0001",
    },
    {
      mode: "production",
      appId: "22222222-2222-4222-8222-222222222222",
      tenantId,
      password: "not-a-real-secret",
    },
  );

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const activity = (tenant: string) => ({
    type: "message",
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

  it("rejects an activity without a Bot Framework token", async () => {
    expect((await post(activity(tenantId))).status).toBe(401);
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
  const host = createBotHost(
    {
      deps: { store: new InMemoryStore(), clock: new FixedClock("2026-03-02T09:00:00Z") },
      logger: pino({ level: "silent" }),
      newNonce: () => "nonce-0001",
    },
    { mode: "local" },
  );
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = req as IncomingMessage & { body?: unknown };
      request.body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "null") as unknown;
      void host.handle(request, res);
    });
  });
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
