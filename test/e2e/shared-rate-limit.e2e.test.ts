import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personChat, type OutboxMessage } from "@convenor/shared";
import { createLogger, loadConfig, startService, type RunningService } from "@convenor/server";
import { dropSchemas, uniqueSchemaName } from "@convenor/server/testing";
import { busiestWindow } from "./support/busiest-window.js";
import { textOf } from "./support/card-inspection.js";
import { cardOf, CapturingConnector } from "./support/capturing-connector.js";

const databaseUrl = process.env.TEST_DATABASE_URL;
const chat = "a:chair-personal-shared-limit";
const notices = 30;

describe.skipIf(!databaseUrl)(
  databaseUrl
    ? "Two service instances on one PostgreSQL share Teams' per-conversation limits"
    : "Shared rate limits (TEST_DATABASE_URL not set)",
  () => {
    const schema = uniqueSchemaName("e2e_limit");
    const dataDirs: string[] = [];
    const services: RunningService[] = [];
    let connector: CapturingConnector;

    const start = async () => {
      const dataDir = await mkdtemp(join(tmpdir(), "convenor-limit-"));
      dataDirs.push(dataDir);
      const service = await startService(
        loadConfig({ DATA_DIR: dataDir, PORT: "0", DATABASE_URL: databaseUrl! }),
        createLogger({ level: process.env.E2E_LOG_LEVEL ?? "silent" }),
        { playground: false, graphSandbox: false, storeSchema: schema },
      );
      services.push(service);
      return service;
    };

    beforeAll(async () => {
      connector = await new CapturingConnector().start();
      // One after the other: the first seeds the demo data, the second finds it.
      await start();
      await start();
      // The test drives both instances' outbox workers itself, so that each delivers a share.
      await Promise.all(services.map((service) => service.outbox.stop()));
    });
    afterAll(async () => {
      await Promise.all(services.map((service) => service.close()));
      await connector.close();
      await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
      await dropSchemas(databaseUrl!, [schema]);
    });

    it("sends 30 notices to one chat, each once, never more than 7 in a second nor 60 in 30 seconds", async () => {
      const [first] = services;
      const at = new Date().toISOString();
      const notice = (i: number): OutboxMessage => ({
        id: `shared-limit-${i}`,
        kind: "meeting.cancelled",
        recipient: personChat("p-chair"),
        payload: {
          meetingId: `meeting-${i}`,
          panelName: `Panel notice ${String(i).padStart(2, "0")}`,
          startsAt: "2030-03-05T10:00:00.000Z",
          endsAt: "2030-03-05T12:00:00.000Z",
        },
        createdAt: at,
        attempts: 0,
        notBefore: at,
        deliveredAt: null,
        lastError: null,
      });
      await first!.deps.store.transaction(async (tx) => {
        await tx.conversations.put(personChat("p-chair"), {
          conversation: { id: chat, conversationType: "personal" },
          serviceUrl: connector.url,
          channelId: "msteams",
          bot: { id: "28:convenor" },
          user: { id: "29:chair" },
        });
        for (let i = 0; i < notices; i += 1) await tx.outbox.enqueue(notice(i));
      });

      // Both instances drain at once, each claiming its own batch, until every notice is delivered.
      const sent = () => connector.calls.filter((call) => call.conversationId === chat);
      const deliveredBy = [0, 0];
      for (let round = 0; deliveredBy[0]! + deliveredBy[1]! < notices && round < 300; round += 1) {
        const counts = await Promise.all(services.map((service) => service.outbox.drainOnce()));
        counts.forEach((count, i) => (deliveredBy[i] = deliveredBy[i]! + count));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }

      const names = sent()
        .map((call) => /Panel notice \d\d/.exec(textOf(cardOf(call.activity)))?.[0])
        .sort();
      expect(names).toEqual(
        Array.from({ length: notices }, (_, i) => `Panel notice ${String(i).padStart(2, "0")}`),
      );
      const arrivals = sent().map((call) => call.at);
      expect(busiestWindow(arrivals, 1_000)).toBeLessThanOrEqual(7);
      expect(busiestWindow(arrivals, 30_000)).toBeLessThanOrEqual(60);
      // Both instances delivered some: the limits held across them, not inside one.
      expect(deliveredBy[0]).toBeGreaterThan(0);
      expect(deliveredBy[1]).toBeGreaterThan(0);
      const undelivered = await first!.deps.store.transaction((tx) =>
        tx.outbox.due("9999-01-01T00:00:00Z", 100),
      );
      expect(undelivered.filter((message) => message.id.startsWith("shared-limit-"))).toEqual([]);
    });
  },
);
