// The dependency rules between and inside the workspaces (docs/architecture.md, "Boundaries"). Every import
// of every source file counts (static import and export-from, `import x = require()`, dynamic `import()`,
// `require()`, `import("x").T` types), and nothing written in a comment, string or regular expression does. Usage: `node scripts/check-boundaries.mjs [root]` (default: this repository). Exits 1 on any failure,
// printing one line per failure: the file and line, the import, and the rule it breaks.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { moduleSpecifiers } from "./module-specifiers.mjs";

const rules = {
  sharedPurity:
    "shared-is-pure: shared imports no Microsoft SDK, database driver, HTTP library, document renderer or React (it is the pure domain)",
  botSdk: "bot-sdk-in-host: botbuilder and botframework-* are imported only in bot/src/host/",
  botServer: "bot-not-server: bot never imports server (server composes bot, not the other way round)",
  testCode:
    "no-test-code-in-production: production code imports no testing/ folder, *.test, *.test-support or *.contract file, nor vitest (name test helpers *.test-support.ts so the build leaves them out)",
  localMode:
    "local-mode-at-composition-root: only server/src/start-service.ts imports local/ (the local-mode sandbox, seed, playground)",
  packageExports:
    "package-exports-only: a workspace imports another through its package exports, never its src/",
};

const forbiddenInShared = [
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
  // The .docx renderer and its zip library live in server only: shared also goes into the tab's bundle.
  /^(docx|fflate|jszip)$/,
];

/** Bare botbuilder is the benchmark's baseline, measured against the Convenor bot in the same run. */
const botSdkAllowed = ["bot/src/host/", "test/bench/"];
const compositionRoot = "server/src/start-service.ts";

const sourceFile = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const skippedFolders = new Set(["node_modules", "dist", "build", "data", "coverage"]);

const packageName = (specifier) =>
  specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0];
const isForbiddenInShared = (specifier) =>
  forbiddenInShared.some((pattern) => pattern.test(specifier) || pattern.test(packageName(specifier)));
const isBotSdk = (specifier) => /^(botbuilder|botframework-)/.test(packageName(specifier));

/** Test code: tests, their helpers, contract suites and anything in a testing/ folder (never built). */
export const isTestCode = (path) =>
  /\.(test|test-support|contract)\.[cm]?[jt]sx?$/.test(path) || path.split("/").includes("testing");

function listSourceFiles(root, folder) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) walk(path);
      } else if (sourceFile.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name)) files.push(path);
    }
  };
  walk(folder);
  return files;
}

function readWorkspaces(root) {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  return manifest.workspaces.map((folder) => {
    const pkg = JSON.parse(readFileSync(join(root, folder, "package.json"), "utf8"));
    return { folder, name: pkg.name, pkg };
  });
}

/** All boundary failures under `root`, one message each, and how many source files were read. */
export function checkBoundaries(root) {
  const problems = [];
  let filesRead = 0;
  const workspaces = readWorkspaces(root);
  const byName = new Map(workspaces.map((workspace) => [workspace.name, workspace.folder]));

  const shared = workspaces.find((workspace) => workspace.folder === "shared");
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    for (const name of Object.keys(shared.pkg[field] ?? {})) {
      if (isForbiddenInShared(name)) {
        problems.push(`shared/package.json: ${field} has "${name}": ${rules.sharedPurity}`);
      }
    }
  }

  for (const { folder } of workspaces) {
    for (const file of listSourceFiles(root, folder)) {
      filesRead += 1;
      const production = folder !== "test" && !isTestCode(file);
      for (const { specifier, line } of moduleSpecifiers(readFileSync(join(root, file), "utf8"))) {
        const fail = (rule) => problems.push(`${file}:${line}: imports "${specifier}": ${rule}`);
        // Where the import points inside the repository: a workspace folder and the path inside it.
        let target;
        if (specifier.startsWith(".")) {
          const path = relative(root, resolve(root, dirname(file), specifier))
            .split(sep)
            .join("/");
          const [top, ...rest] = path.split("/");
          target = { folder: workspaces.some((w) => w.folder === top) ? top : undefined, path, inner: rest };
        } else if (byName.has(packageName(specifier))) {
          const targetFolder = byName.get(packageName(specifier));
          const inner = specifier.slice(packageName(specifier).length).split("/").filter(Boolean);
          target = { folder: targetFolder, path: [targetFolder, ...inner].join("/"), inner };
        }

        if (folder === "shared" && isForbiddenInShared(specifier)) fail(rules.sharedPurity);
        if (isBotSdk(specifier) && !botSdkAllowed.some((prefix) => file.startsWith(prefix)))
          fail(rules.botSdk);
        if (folder === "bot" && target?.folder === "server") fail(rules.botServer);
        if (production && ((target && isTestCode(target.path)) || packageName(specifier) === "vitest")) {
          fail(rules.testCode);
        }
        if (
          production &&
          target?.path.includes("/src/local/") &&
          !file.includes("/src/local/") &&
          file !== compositionRoot
        ) {
          fail(rules.localMode);
        }
        if (
          target?.folder &&
          target.inner[0] === "src" &&
          (target.folder !== folder || !specifier.startsWith("."))
        ) {
          fail(rules.packageExports);
        }
      }
    }
  }
  return { problems, filesRead };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), ".."));
  const { problems, filesRead } = checkBoundaries(root);
  if (problems.length > 0) {
    console.error(`Boundary check failed (${problems.length}):`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log(`Boundaries: ${filesRead} files, ${Object.keys(rules).length} rules, no violations`);
}
