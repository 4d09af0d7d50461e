import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { tabRoutes, type TabOptions } from "./tab-routes.js";

describe("the Teams tab's files at /tab/", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function serve(options: Omit<TabOptions, "distDir">, files: Record<string, string>): Promise<string> {
    const distDir = await mkdtemp(join(tmpdir(), "convenor-tab-dist-"));
    for (const [path, content] of Object.entries(files)) {
      await mkdir(join(distDir, path, ".."), { recursive: true });
      await writeFile(join(distDir, path), content);
    }
    const app = express();
    app.use("/tab", tabRoutes({ ...options, distDir }));
    const server: Server = await new Promise((resolve) => {
      const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
    });
    cleanups.push(async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(distDir, { recursive: true, force: true });
    });
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it("serves the built page, revalidated, and its hashed assets cached for good", async () => {
    const url = await serve(
      { signIn: "teams" },
      { "index.html": "<!doctype html><title>Convenor</title>", "assets/index-abc123.js": "console.log(1)" },
    );
    const page = await fetch(`${url}/tab/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>Convenor</title>");
    expect(page.headers.get("cache-control")).toBe("no-cache");
    const policy = page.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/^frame-ancestors 'self' /);
    expect(policy.split(" ")).toEqual(
      expect.arrayContaining(["https://teams.microsoft.com", "https://*.cloud.microsoft"]),
    );
    const asset = await fetch(`${url}/tab/assets/index-abc123.js`);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("tells the tab how to sign in", async () => {
    const teams = await serve({ signIn: "teams" }, { "index.html": "" });
    expect(await (await fetch(`${teams}/tab/config.json`)).json()).toEqual({ signIn: "teams" });
    const local = await serve({ signIn: "local-issuer" }, { "index.html": "" });
    expect(await (await fetch(`${local}/tab/config.json`)).json()).toEqual({ signIn: "local-issuer" });
  });

  it("says how to build the tab when it has not been built", async () => {
    const url = await serve({ signIn: "local-issuer" }, {});
    const page = await fetch(`${url}/tab/`);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain("npm run build");
  });
});
