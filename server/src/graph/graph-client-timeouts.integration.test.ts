import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createGraphClient } from "./graph-client.js";
import { graphCall } from "./graph-errors.js";
import type { RetryPolicy } from "./retry-policy.js";

/** Against a tiny loopback server whose answers the test chooses: the cases the Graph sandbox cannot play. */
describe("the Graph client's attempt timeout against a loopback server", () => {
  let server: Server;
  let baseUrl = "";
  let requests = 0;
  let answer: (res: ServerResponse) => void = () => undefined;
  const clientWith = (retry: RetryPolicy) =>
    createGraphClient({ baseUrl, auth: { getAccessToken: () => Promise.resolve("token") }, retry });

  beforeAll(async () => {
    server = createServer((_req: IncomingMessage, res: ServerResponse) => {
      requests++;
      answer(res);
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });
  beforeEach(() => {
    requests = 0;
  });

  it("makes an answer whose body stops arriving GRAPH.UNAVAILABLE once the attempt timeout passes", async () => {
    answer = (res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write('{"value": [');
    };
    const client = clientWith({ maxAttempts: 3, maxTotalMs: 5_000, baseDelayMs: 20, attemptTimeoutMs: 200 });
    const result = await graphCall(() => client.api("/users").get() as Promise<unknown>);
    expect(result).toMatchObject({ ok: false, error: { code: "GRAPH.UNAVAILABLE" } });
    expect(requests).toBe(1);
  });

  it("still ends a request when the caller's own signal aborts it, long before the attempt timeout", async () => {
    const caller = new AbortController();
    answer = () => caller.abort();
    const client = clientWith({
      maxAttempts: 3,
      maxTotalMs: 600_000,
      baseDelayMs: 20,
      attemptTimeoutMs: 300_000,
    });
    const result = await graphCall(
      () => client.api("/users").options({ signal: caller.signal }).get() as Promise<unknown>,
    );
    expect(result.ok).toBe(false);
    expect(requests).toBe(1);
  });
});
