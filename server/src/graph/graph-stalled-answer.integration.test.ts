import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphClient } from "./graph-client.js";
import { graphCall } from "./graph-errors.js";

describe("a Graph answer whose body stops arriving", () => {
  let server: Server;
  let baseUrl = "";
  let requests = 0;

  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write('{"value": [');
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });

  it("is GRAPH.UNAVAILABLE once the attempt timeout passes, not a crash or a wait forever", async () => {
    const client = createGraphClient({
      baseUrl,
      auth: { getAccessToken: () => Promise.resolve("token") },
      retry: { maxAttempts: 3, maxTotalMs: 5_000, baseDelayMs: 20, attemptTimeoutMs: 200 },
    });
    const result = await graphCall(() => client.api("/users").get() as Promise<unknown>);
    expect(result).toMatchObject({ ok: false, error: { code: "GRAPH.UNAVAILABLE" } });
    expect(requests).toBe(1);
  });
});
