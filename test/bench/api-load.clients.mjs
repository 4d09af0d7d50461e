// The API load benchmark's HTTP clients, in a worker thread so that making requests and reading answers does
// not compete with the service for its event loop. Started by api-load.bench.ts (which declares the message
// shapes: RouteSpec, DriveRequest, DriveResult); plain JavaScript so that a worker can load it without tsx.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";

const { fetch } = globalThis;
const { url, clients, routes } = workerData;
const byName = new Map(routes.map((route) => [route.name, { route, next: 0 }]));

/** Sends one request of the named route; `paths` are used in turn, a body gets a fresh idempotency key. */
async function send(name) {
  const entry = byName.get(name);
  const { route } = entry;
  const path = route.paths[entry.next++ % route.paths.length];
  const body = route.body ? JSON.stringify({ ...route.body, idempotencyKey: randomUUID() }) : undefined;
  const response = await fetch(`${url}${path}`, {
    method: body ? "POST" : "GET",
    headers: {
      ...(route.authorization ? { authorization: route.authorization } : {}),
      ...(body ? { "content-type": "application/json" } : {}),
    },
    ...(body ? { body } : {}),
  });
  const text = await response.text();
  if (response.status !== route.expectStatus) {
    throw new Error(`${name} ${path}: ${response.status} ${text.slice(0, 200)}`);
  }
}

/** `clients` loops over `sequence` (route names, in turn) until `seconds` pass; latencies per route in ms. */
async function drive({ sequence, seconds }) {
  const latencies = Object.fromEntries(sequence.map((name) => [name, []]));
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = client; performance.now() < until; i += 1) {
        const name = sequence[i % sequence.length];
        const started = performance.now();
        await send(name);
        latencies[name].push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

parentPort.on("message", (request) => {
  drive(request).then(
    (latencies) => parentPort.postMessage({ latencies }),
    (error) => parentPort.postMessage({ error: String(error) }),
  );
});
