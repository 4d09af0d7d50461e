import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { resolveVariables } from "./app-variables.js";
import { buildAppPackage, writeAppPackage } from "./build-app-package.js";
import { parseEnvFile } from "./env-file.js";
import { repoDir } from "./paths.js";

/**
 * `npm run package -w @convenor/manifest -- [--env <name>] [--env-file <path>] [--out-dir <path>]`
 * The environment name comes from --env, else TEAMSFX_ENV (set by Agents Toolkit), else `local`.
 * Variables come from the process environment, then the env file (--env-file, or infra/env/.env.<name>
 * when it exists), then, for `local` only, the defaults in app-variables.ts.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { env: { type: "string" }, "env-file": { type: "string" }, "out-dir": { type: "string" } },
  });
  const envName = values.env ?? process.env.TEAMSFX_ENV ?? "local";
  if (!/^[A-Za-z0-9-]+$/.test(envName)) {
    process.stderr.write(`Environment name "${envName}" may contain only letters, digits and hyphens.\n`);
    return 1;
  }
  const callerDir = process.env.INIT_CWD ?? process.cwd();
  const explicitFile = values["env-file"];
  const envFile = explicitFile
    ? resolve(callerDir, explicitFile)
    : join(repoDir, "infra", "env", `.env.${envName}`);
  if (explicitFile && !existsSync(envFile)) {
    process.stderr.write(`Env file ${envFile} does not exist.\n`);
    return 1;
  }
  const fileVariables = existsSync(envFile) ? parseEnvFile(readFileSync(envFile, "utf8")) : {};
  const built = await buildAppPackage(resolveVariables(envName, process.env, fileVariables));
  if (!built.ok) {
    process.stderr.write(`${built.error.code}: ${built.error.message}\n`);
    return 1;
  }
  const outDir = values["out-dir"] ? resolve(callerDir, values["out-dir"]) : undefined;
  process.stdout.write(
    `App package for "${envName}" written to ${writeAppPackage(envName, built.value, outDir)}\n`,
  );
  return 0;
}

process.exitCode = await main();
