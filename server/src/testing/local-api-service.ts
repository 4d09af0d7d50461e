import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { loadConfig } from "../config.js";
import { demoPeople } from "../local/seed/demo-people.js";
import { createLogger } from "../logger.js";
import { startService, type RunningService } from "../start-service.js";

export interface ApiAnswer<T> {
  status: number;
  body: T;
}

/**
 * The service in local mode with the demo seed, in a temporary data folder (no Playground; the Graph sandbox
 * only with `graphSandbox`, on a free port),
 * started before the file's tests and stopped after them; `call` sends a request as a demo person.
 */
export function useLocalApiService(folderPrefix: string, options: { graphSandbox?: boolean } = {}) {
  let dataDir = "";
  let running: RunningService | undefined;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), folderPrefix));
    running = await startService(
      loadConfig({
        DATA_DIR: dataDir,
        PORT: "0",
        ...(options.graphSandbox ? { GRAPH_SANDBOX_PORT: "0" } : {}),
      }),
      createLogger({ level: "silent" }),
      {
        playground: false,
        graphSandbox: options.graphSandbox ?? false,
      },
    );
  });
  afterAll(async () => {
    await running?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const service = (): RunningService => {
    if (!running) throw new Error("The service starts in beforeAll: use it inside a test");
    return running;
  };

  /** An `Authorization` header for a demo person, issued once per person. */
  async function authorization(personId: string): Promise<Record<string, string>> {
    if (!tokens.has(personId)) {
      const person = demoPeople.find((candidate) => candidate.id === personId);
      if (!person) throw new Error(`No demo person ${personId}`);
      tokens.set(personId, await service().localIssuer!.issueToken(person));
    }
    return { authorization: `Bearer ${tokens.get(personId)}` };
  }

  /** Sends a request, as `personId` when given; a string body is sent as it is, an object as JSON. */
  async function call<T = Record<string, unknown>>(
    method: "GET" | "POST" | "PUT" | "PATCH",
    path: string,
    personId?: string,
    body?: string | object,
  ): Promise<ApiAnswer<T>> {
    const response = await fetch(`${service().url}${path}`, {
      method,
      headers: {
        ...(personId ? await authorization(personId) : {}),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  return { service, authorization, call };
}
