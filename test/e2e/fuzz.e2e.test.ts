import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, expect, it } from "vitest";
import { demoPeople } from "@convenor/server/local";
import { CapturingConnector } from "./support/capturing-connector.js";
import { describeOnEachEngine, startEngineService, type EngineService } from "./support/engine-service.js";
import { seededRandom, type FuzzRequest } from "./support/fuzz-generators.js";
import { fuzzTargets, type FuzzContext } from "./support/fuzz-targets.js";

const seed = Number(process.env.FUZZ_SEED) || Math.floor(Math.random() * 2 ** 31);
const requestsPerEngine = Number(process.env.FUZZ_REQUESTS) || 600;

/** Text the service must never send: it would tell an attacker how it is built, or leak where it runs. */
const leaks: [string, RegExp][] = [
  ["a stack frame", /\n\s+at \S|\bat (?:async )?[\w.$<>]+ \(/],
  ["a source location", /\.(?:ts|js|mjs|cjs):\d+/],
  ["a file path", /\/work\/|node_modules|\/home\/|\/usr\/|\/tmp\//],
  [
    "an error class",
    /\b(?:TypeError|RangeError|ReferenceError|SyntaxError|AggregateError|RestError|AuthenticationError)\b/,
  ],
  ["runtime text", /Cannot read prop|is not a function|is not defined|Maximum call stack|Unexpected token/],
  ["a connection error", /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EADDRINUSE/],
  ["a host name", /127\.0\.0\.1|localhost|trafficmanager|botframework\.com|microsoftonline/],
  [
    "SQL",
    /SQLITE_|sqlite3|syntax error at or near|invalid byte sequence|violates [\w ]*constraint|duplicate key|relation "|\bselect\b[^\n]*\bfrom\b|insert into|kysely/i,
  ],
];

function send(base: string, request: FuzzRequest): Promise<{ status: number; text: string }> {
  const url = new URL(base);
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers: { ...request.headers, ...(body ? { "content-length": String(body.length) } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
        );
        response.on("error", reject);
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

describeOnEachEngine("fuzzing the HTTP surface", (engine) => {
  let api: EngineService;
  let connector: CapturingConnector;
  const context: FuzzContext = { seed, tokens: {}, connectorUrl: "", sequence: 0 };

  beforeAll(async () => {
    connector = await new CapturingConnector().start();
    api = await startEngineService(engine);
    context.connectorUrl = connector.url;
    for (const person of demoPeople) {
      context.tokens[person.id] = (await api.as(person.id)).authorization!.replace(/^Bearer /, "");
    }
  });
  afterAll(async () => {
    await api.close();
    await connector.close();
  });

  it(`answers ${requestsPerEngine} malformed requests without a 5xx, internal text or a change of state`, async () => {
    const random = seededRandom(seed + (engine === "postgres" ? 1 : 0));
    const before = await api.counts();
    const names = Object.keys(fuzzTargets);
    const answered: Record<string, number> = {};
    const statuses = new Set<string>();
    for (let index = 0; index < requestsPerEngine; index += 1) {
      context.sequence = index;
      const target = names[index % names.length]!;
      const request = fuzzTargets[target]!(random, context);
      const where = `FUZZ_SEED=${seed} (${engine}), request ${index}: ${target} ${request.label} ${request.method} ${request.path.slice(0, 200)}`;
      const { status, text } = await send(api.url, request);
      const sent =
        request.body === undefined
          ? ""
          : `\nsent: ${String(request.body).slice(0, 200)} ... ${String(request.body).slice(-400)}`;
      expect(status, `${where}${sent}\nanswer: ${text.slice(0, 500)}`).toBeLessThan(500);
      for (const [what, pattern] of leaks) {
        expect(
          pattern.test(text),
          `${where}: the answer contains ${what}${sent}\nanswer: ${text.slice(0, 500)}`,
        ).toBe(false);
      }
      answered[target] = (answered[target] ?? 0) + 1;
      statuses.add(`${target} ${status}`);
    }
    expect(await api.counts(), `FUZZ_SEED=${seed} (${engine}): the store changed`).toEqual(before);
    // Every target was fuzzed, each a fair share of the requests.
    expect(Object.keys(answered).sort()).toEqual([...names].sort());
    for (const [target, count] of Object.entries(answered)) {
      expect(count, target).toBeGreaterThanOrEqual(Math.floor(requestsPerEngine / names.length));
    }
    // The edge does not refuse everything: some requests get as far as the use cases and the bot's turns.
    expect(statuses, `FUZZ_SEED=${seed}`).toContain("POST /api/referrals 422");
    expect(statuses, `FUZZ_SEED=${seed}`).toContain("POST /api/messages 200");
  });
});
