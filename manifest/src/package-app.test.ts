import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { appVariables } from "./app-variables.js";
import { workspaceDir } from "./paths.js";

const withoutAppVariables = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  for (const { name } of appVariables) delete env[name];
  delete env.TEAMSFX_ENV;
  delete env.INIT_CWD;
  return env;
};

const runPackager = (args: string[], env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/package-app.ts", ...args], {
    cwd: workspaceDir,
    env,
    encoding: "utf8",
  });

describe("npm run package", () => {
  it("fails for an environment with nothing set, naming every missing variable", () => {
    const result = runPackager(["--env", "nowhere"], withoutAppVariables());
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("MANIFEST.VARIABLES_MISSING");
    for (const { name, allowEmpty } of appVariables) {
      if (!allowEmpty) expect(result.stderr).toContain(name);
    }
  });

  it("packages from an Agents Toolkit style env file, the process environment winning", () => {
    const dir = mkdtempSync(join(tmpdir(), "convenor-cli-"));
    const envFile = join(dir, ".env.staging");
    writeFileSync(
      envFile,
      [
        "# Agents Toolkit writes these",
        "TEAMSFX_ENV=staging",
        "TEAMS_APP_ID=3f2b8c1e-5d4a-4e6f-9b7c-1a2b3c4d5e6f",
        "BOT_ID=9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        "AAD_APP_CLIENT_ID=c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
        'APP_NAME_SUFFIX=" (staging)"',
        "TAB_ENDPOINT=https://wrong.example.org",
        "TAB_DOMAIN=convenor-staging.example.org",
        "ADDIN_ENDPOINT=https://convenor-staging.example.org",
        "ADDIN_DOMAIN=convenor-staging.example.org",
        "DEVELOPER_NAME='Example Council'",
        "DEVELOPER_WEBSITE_URL=https://www.example.org/convenor",
        "DEVELOPER_PRIVACY_URL=https://www.example.org/privacy # council's policy",
        "DEVELOPER_TERMS_URL=https://www.example.org/terms",
      ].join("\n"),
    );
    const env = { ...withoutAppVariables(), TAB_ENDPOINT: "https://convenor-staging.example.org" };
    const result = runPackager(["--env", "staging", "--env-file", envFile, "--out-dir", dir], env);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(join(dir, "appPackage.staging.zip"));
    expect(existsSync(join(dir, "appPackage.staging.zip"))).toBe(true);
  });
});
