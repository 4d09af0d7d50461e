import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../logger.js";
import { startAgentsPlayground, type RunningPlayground } from "./agents-playground.js";

/** The local addresses (hex, as /proc/net shows them) listening on a TCP port. */
function listeningAddresses(port: number): string[] {
  const portHex = port.toString(16).toUpperCase().padStart(4, "0");
  return ["/proc/net/tcp", "/proc/net/tcp6"].flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === "0A" && fields[1]?.endsWith(`:${portHex}`))
      .map((fields) => fields[1]!.split(":")[0]!),
  );
}

describe("the Agents Playground in local mode", () => {
  let playground: RunningPlayground;
  const port = 57_000 + Math.floor(Math.random() * 800);

  beforeAll(async () => {
    playground = await startAgentsPlayground({
      botEndpoint: "http://127.0.0.1:9/api/messages",
      port,
      configPath: `${process.cwd()}/.m365agentsplayground.yml`,
      logger: createLogger({ level: "silent" }),
      logFile: `${process.env.TMPDIR ?? "/tmp"}/convenor-playground-loopback-test.log`,
    });
  });
  afterAll(async () => {
    await playground?.close();
  });

  it("serves its page on loopback", async () => {
    expect(playground.url).toBe(`http://127.0.0.1:${port}`);
    expect((await fetch(playground.url)).status).toBe(200);
  });

  it("listens on loopback only, never on every interface", () => {
    expect(listeningAddresses(port)).toEqual(["0100007F"]);
  });
});
