// Fails when the shared domain package depends on, or imports, anything that does I/O or renders UI.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const forbidden = [
  /^@microsoft\//,
  /^@azure\//,
  /^botbuilder/,
  /^botframework/,
  /^adaptivecards$/,
  /^(better-sqlite3|pg|kysely|mysql2?|sqlite3|mongodb|redis|ioredis)$/,
  /^(axios|node-fetch|undici|got|express|fastify|koa|superagent|ky)$/,
  /^node:(http|https|http2|net|dgram|tls)$/,
  /^(http|https|http2|net|dgram|tls)$/,
  /^(react|react-dom)(\/|$)/,
  /^@fluentui\//,
];
const isForbidden = (name) => forbidden.some((pattern) => pattern.test(name));

const problems = [];
const manifest = JSON.parse(readFileSync("shared/package.json", "utf8"));
for (const name of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
  if (isForbidden(name)) problems.push(`shared/package.json depends on ${name}`);
}

const importPattern = /(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g;
function walk(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(ts|tsx|js|mjs)$/.test(entry)) {
      for (const [, specifier] of readFileSync(path, "utf8").matchAll(importPattern)) {
        const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier;
        if (isForbidden(specifier) || isForbidden(name)) problems.push(`${path} imports ${specifier}`);
      }
    }
  }
}
walk("shared/src");

if (problems.length > 0) {
  console.error("shared must stay free of Microsoft SDKs, database drivers, HTTP libraries and React:");
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log("shared: no forbidden dependencies");
