import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createConvenorBot } from "@convenor/bot";
import type { PanelMembership, Person, UseCaseDeps } from "@convenor/shared";
import { FixedClock, InMemoryStore } from "@convenor/shared/testing";
import { createApp, createLogger, DocxWordDocuments, OutboxWorker } from "@convenor/server";
import { demoPeople, seedDemoData } from "@convenor/server/local";
import { startHarness, type SandboxHarness } from "@convenor/server/testing";
import { Writable } from "node:stream";

export interface BotService {
  url: string;
  deps: UseCaseDeps;
  store: InMemoryStore;
  clock: FixedClock;
  outbox: OutboxWorker;
  /** The Graph sandbox with the demo people, when started with `graph: true`. */
  graph: SandboxHarness | null;
  /** Everything the service logged, one JSON line each: tests check no child's data leaks into logs. */
  logs: string[];
  person(id: string): Person;
  /** Adds a person who is not in the demo seed, with their panel memberships, for one test's own data. */
  addPerson(person: Person, memberships: PanelMembership[]): void;
  /** Posts an activity to /api/messages and returns the HTTP status and body. */
  post(activity: object): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/** The public address cards link to (the tab's agenda): never fetched in these tests. */
export const botServicePublicUrl = "https://convenor.example";

/** The service's HTTP host with the bot mounted, on the demo seed, over an in-memory store. */
export async function startBotService(options: { now?: string; graph?: boolean } = {}): Promise<BotService> {
  const clock = new FixedClock(options.now ?? new Date().toISOString());
  const store = new InMemoryStore();
  // No year of report history: the in-memory store copies all of its data in every transaction, and the
  // conversations here never read the reports.
  await seedDemoData(store, clock, { history: false });
  const graph = options.graph ? await startHarness({ people: demoPeople }) : null;
  const deps: UseCaseDeps = {
    store,
    clock,
    wordDocuments: new DocxWordDocuments(),
    ...(graph
      ? {
          calendar: graph.graph.calendar,
          documents: graph.graph.documents,
          directory: graph.graph.directory,
          ...(graph.graph.teamsApps ? { teamsApps: graph.graph.teamsApps } : {}),
        }
      : {}),
  };
  const logs: string[] = [];
  const logger = createLogger({
    level: "debug",
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString("utf8"));
        done();
      },
    }),
  });
  const bot = createConvenorBot({ deps, logger, auth: { mode: "local" }, publicUrl: botServicePublicUrl });
  const app = createApp({
    deps,
    logger,
    validateToken: () => Promise.reject(new Error("no API calls in bot tests")),
    health: () => Promise.resolve({}),
    bot,
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const outbox = new OutboxWorker({ store, deliverer: bot.deliverer, clock, logger });
  const added: Person[] = [];
  return {
    url,
    deps,
    store,
    clock,
    outbox,
    graph,
    logs,
    person(id) {
      const found = [...demoPeople, ...added].find((p) => p.id === id);
      if (!found) throw new Error(`no demo person ${id}`);
      return found;
    },
    addPerson(person, memberships) {
      added.push(person);
      store.seed({ people: [person], memberships });
    },
    async post(activity) {
      const response = await fetch(`${url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      const json = response.headers.get("content-type")?.includes("json") ?? false;
      return { status: response.status, body: text && json ? (JSON.parse(text) as unknown) : text };
    },
    async close() {
      await outbox.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await graph?.close();
    },
  };
}
