import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Logger } from "../logger.js";

export interface AgentsPlaygroundOptions {
  /** The bot's activity endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botEndpoint: string;
  port: number;
  /** The `.m365agentsplayground.yml` with the demo people. */
  configPath: string;
  logger: Logger;
  /** Where the Playground writes its own log; defaults to `devTools/` next to the config. */
  logFile?: string;
  startTimeoutMs?: number;
}

export interface RunningPlayground {
  url: string;
  close(): Promise<void>;
}

function playgroundCli(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@microsoft/m365agentsplayground/package.json")), "cli.js");
}

/**
 * Starts the Microsoft 365 Agents Playground (a local Teams-like chat client) against the bot: channel
 * msteams, no browser opened, no telemetry, the demo people from the config file, listening on loopback
 * only. Runs without a tenant.
 */
export function startAgentsPlayground(options: AgentsPlaygroundOptions): Promise<RunningPlayground> {
  const logFile =
    options.logFile ?? join(dirname(options.configPath), "devTools", "m365agentsplayground.log");
  mkdirSync(dirname(logFile), { recursive: true });
  const child = spawn(
    process.execPath,
    [
      "--require",
      fileURLToPath(new URL("../../loopback-only.cjs", import.meta.url)),
      playgroundCli(),
      "start",
      "--app-endpoint",
      options.botEndpoint,
      "--channel-id",
      "msteams",
      "--port",
      String(options.port),
      "--disable-telemetry",
    ],
    {
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: "none",
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: options.configPath,
        M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );

  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };

  return new Promise((resolve, reject) => {
    let output = "";
    let settling: NodeJS.Timeout | null = null;
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`The Agents Playground did not start within ${options.startTimeoutMs ?? 30_000} ms`));
    }, options.startTimeoutMs ?? 30_000);
    const onData = () => {
      const listening = /Listening on (\d+)/.exec(output);
      if (listening && !settling) {
        // The Playground listens before it reads its config: give a config error a moment to show.
        settling = setTimeout(() => {
          clearTimeout(timer);
          const failure = /Failed to start[^\n]*\n[^\n]*/.exec(output);
          if (failure) {
            void close();
            reject(new Error(`The Agents Playground did not start: ${failure[0]}`));
            return;
          }
          const url = `http://127.0.0.1:${listening[1]}`;
          options.logger.info({ url, botEndpoint: options.botEndpoint }, "Agents Playground started");
          resolve({ url, close });
        }, 1_000);
      }
    };
    child.stdout.on("data", (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-4000);
      onData();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-4000);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (settling) clearTimeout(settling);
      reject(
        new Error(`The Agents Playground exited (code ${code}) before it started: ${output.slice(-500)}`),
      );
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
