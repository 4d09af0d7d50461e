import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createStore } from "@convenor/server";

const directory = mkdtempSync(join(tmpdir(), "convenor-durability-"));
const child = fileURLToPath(new URL("./support/file-referral-then-hang.ts", import.meta.url));
/** Test code resolves `@convenor/*` (and its test support) from source, as `npm run bench` does. */
const testTsconfig = fileURLToPath(new URL("../tsconfig.json", import.meta.url));

const children: ChildProcess[] = [];

afterAll(() => {
  // A child that never reported its referral is still waiting: it must not outlive the test.
  for (const filer of children)
    if (filer.exitCode === null && filer.signalCode === null) filer.kill("SIGKILL");
  rmSync(directory, { recursive: true, force: true });
});

/**
 * Runs the child until it reports a referral filed, then kills it at once (SIGKILL, as `kill -9`). Resolves
 * with every referral it reported before it died.
 */
function fileThenKill(sqlitePath: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const filer = spawn(process.execPath, ["--import", "tsx", child, sqlitePath], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, TSX_TSCONFIG_PATH: testTsconfig },
    });
    children.push(filer);
    let output = "";
    let errors = "";
    const acknowledged = () => [...output.matchAll(/filed (\S+)\n/g)].map((match) => match[1]!);
    filer.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    filer.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (acknowledged().length > 0) filer.kill("SIGKILL");
    });
    filer.on("close", (code, signal) => {
      if (signal === "SIGKILL" && acknowledged().length > 0) resolve(acknowledged());
      else reject(new Error(`child ended (${code}) before filing: ${errors}`));
    });
  });
}

describe("referrals acknowledged on SQLite", () => {
  it("are all still there after the process is killed with SIGKILL, though they shared commits", async () => {
    const sqlitePath = join(directory, "convenor.sqlite");
    const referralIds = await fileThenKill(sqlitePath);

    const reopened = await createStore({ sqlitePath });
    try {
      for (const referralId of referralIds) {
        const referral = await reopened.store.read((tx) => tx.referrals.get(referralId));
        expect(referral).toMatchObject({ id: referralId, state: "submitted" });
      }
    } finally {
      await reopened.close();
    }
  });
});
