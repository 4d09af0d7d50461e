import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createTcpServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPeople } from "@convenor/server/local";
import { messageActivity } from "./support/teams-activities.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** A Bot Connector that holds the bot's replies until the test lets them through. */
function holdingConnector() {
  const held: ServerResponse[] = [];
  let onHeld: (() => void) | null = null;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on("end", () => {
      res.setHeader("content-type", "application/json");
      if (req.method !== "POST") {
        res.statusCode = 404;
        res.end("{}");
        return;
      }
      held.push(res);
      onHeld?.();
    });
  });
  return {
    server,
    /** Resolves once a reply is being held. */
    replyHeld: () =>
      new Promise<void>((resolve) => {
        if (held.length > 0) resolve();
        else onHeld = resolve;
      }),
    release() {
      for (const res of held.splice(0)) res.end(JSON.stringify({ id: "reply-1" }));
    },
  };
}

function waitForBanner(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const url = /Convenor service: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (url && output.includes("Press Ctrl+C")) resolve(url[1]!);
    });
    child.once("exit", (code) => reject(new Error(`the service exited with ${code} before starting`)));
  });
}

async function refusesConnections(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/healthz`);
    return false;
  } catch {
    return true;
  }
}

function canListenOn(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createTcpServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

describe("stopping the service with SIGTERM", () => {
  let dataDir: string;
  let child: ChildProcess;
  const started: ChildProcess[] = [];
  const connector = holdingConnector();

  beforeAll(async () => {
    // The service is started as `npm start` does: from the build (up to date after `npm test`'s own build,
    // so this incremental build only checks).
    const build = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-b"], {
      cwd: root,
      encoding: "utf8",
    });
    if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
    dataDir = await mkdtemp(join(tmpdir(), "convenor-shutdown-"));
    await new Promise<void>((resolve) => connector.server.listen(0, "127.0.0.1", resolve));
  });

  afterAll(async () => {
    for (const service of started) if (service.exitCode === null) service.kill("SIGKILL");
    connector.release();
    connector.server.closeAllConnections();
    await new Promise<void>((resolve) => connector.server.close(() => resolve()));
    await rm(dataDir, { recursive: true, force: true });
  });

  async function startBuiltService() {
    child = spawn(process.execPath, [join(root, "server/dist/main.js")], {
      cwd: root,
      env: {
        ...process.env,
        PORT: "0",
        DATA_DIR: dataDir,
        PLAYGROUND_PORT: "0",
        GRAPH_SANDBOX_PORT: "0",
        LOG_LEVEL: "warn",
        DATABASE_URL: "",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    started.push(child);
    child.stderr!.resume();
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const url = await waitForBanner(child);
    return { url, port: Number(new URL(url).port), exited };
  }

  /** A message whose reply the connector holds: a request in flight until the test releases it. */
  async function requestInFlight(url: string): Promise<{ answer: Promise<Response> }> {
    const connectorUrl = `http://127.0.0.1:${(connector.server.address() as AddressInfo).port}/`;
    const teacher = demoPeople.find((person) => person.id === "p-teacher")!;
    const inFlight = fetch(`${url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(
        messageActivity(teacher, { id: "a:shutdown", type: "personal" }, connectorUrl, "help"),
      ),
    });
    await connector.replyHeld();
    return { answer: inFlight };
  }

  async function untilRefused(url: string): Promise<void> {
    for (let tries = 0; tries < 200; tries += 1) {
      if (await refusesConnections(url)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error("The service still accepts connections after SIGTERM");
  }

  it("stops accepting, finishes the request in flight, exits with 0 and frees its port", async () => {
    const { url, port, exited } = await startBuiltService();
    const inFlight = (await requestInFlight(url)).answer;

    child.kill("SIGTERM");
    await untilRefused(url);
    connector.release();

    expect((await inFlight).status).toBe(200);
    expect(await exited).toBe(0);
    expect(await canListenOn(port)).toBe(true);
  });

  it("does not wait for ever on a request that never finishes", async () => {
    const { url, port, exited } = await startBuiltService();
    const inFlight = (await requestInFlight(url)).answer.then(
      (response) => response.status,
      () => "cut" as const,
    );

    child.kill("SIGTERM");
    await untilRefused(url);

    expect(await exited).toBe(0);
    expect(await inFlight).toBe("cut");
    expect(await canListenOn(port)).toBe(true);
  });
});
