// Runs the whole test suite. The PostgreSQL suite runs when TEST_DATABASE_URL (or the default local server)
// answers; in CI it must run, so an unreachable server fails the run instead of skipping the suite.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createConnection } from "node:net";

const defaultUrl = "postgres://postgres@127.0.0.1:5432/test";
const url = process.env.TEST_DATABASE_URL ?? defaultUrl;
const inCi = process.env.CI === "true";

function reachable(databaseUrl) {
  const { hostname, port } = new URL(databaseUrl);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 5432) });
    socket.setTimeout(2000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(false));
  });
}

const env = { ...process.env };
if (await reachable(url)) {
  env.TEST_DATABASE_URL = url;
  console.log(`PostgreSQL suite: running against ${new URL(url).host}`);
} else if (inCi) {
  console.error(`PostgreSQL is not reachable at ${new URL(url).host}; CI must run the PostgreSQL suite.`);
  process.exit(1);
} else {
  delete env.TEST_DATABASE_URL;
  console.warn(
    `\n*** PostgreSQL is not reachable at ${new URL(url).host}: the PostgreSQL suite did NOT run. ***\n`,
  );
}

if (!existsSync("/usr/bin/chromium")) {
  console.warn(
    "\n*** Chromium is not at /usr/bin/chromium: the browser tests will fail. Install it: apt-get install chromium ***\n",
  );
}

const result = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], { stdio: "inherit", env });
if (!env.TEST_DATABASE_URL) console.warn("\n*** Reminder: the PostgreSQL suite did NOT run (no server). ***");
process.exit(result.status ?? 1);
