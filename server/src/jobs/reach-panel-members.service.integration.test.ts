import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { demoPeople } from "../local/seed/demo-people.js";
import { startService, type RunningService } from "../start-service.js";

describe("the service in local mode", () => {
  let dataDir: string;
  let service: RunningService;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "convenor-reach-"));
    const config = loadConfig({ DATA_DIR: dataDir, PORT: "0", GRAPH_SANDBOX_PORT: "0" });
    service = await startService(config, createLogger({ level: "silent" }), { playground: false });
  });

  afterAll(async () => {
    await service.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("installs the Teams app from the sandbox's catalog for a panel's emergency authoriser at start", async () => {
    const authoriser = demoPeople.find((person) => person.id === "p-chair")?.entraObjectId ?? "";
    const client = service.graph?.client;
    await vi.waitFor(
      async () => {
        const apps = (await client?.api(`/users/${authoriser}/teamwork/installedApps`).get()) as {
          value: unknown[];
        };
        expect(apps.value).toHaveLength(1);
      },
      { timeout: 10_000, interval: 50 },
    );
  });
});
