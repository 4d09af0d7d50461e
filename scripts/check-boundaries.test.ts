import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { checkBoundaries } from "./check-boundaries.mjs";

const repository = fileURLToPath(new URL("..", import.meta.url));
const script = fileURLToPath(new URL("./check-boundaries.mjs", import.meta.url));
const notCopied = new Set(["node_modules", "dist", "build", "data", "coverage"]);

let copy: string;
const planted: string[] = [];
let sharedManifest: string;

/** Runs the boundary check, as `npm run check` does, on the copy of the repository. */
function runCheck() {
  const run = spawnSync(process.execPath, [script, copy], { encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** The check's failures on the copy of the repository (the same function, in this process: faster). */
const failures = () => checkBoundaries(copy).problems;

function plant(path: string, text: string) {
  mkdirSync(dirname(join(copy, path)), { recursive: true });
  writeFileSync(join(copy, path), text);
  planted.push(path);
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), "convenor-boundaries-"));
  const manifest = JSON.parse(readFileSync(join(repository, "package.json"), "utf8")) as {
    workspaces: string[];
  };
  cpSync(join(repository, "package.json"), join(copy, "package.json"));
  for (const workspace of manifest.workspaces) {
    cpSync(join(repository, workspace), join(copy, workspace), {
      recursive: true,
      filter: (source) => !notCopied.has(basename(source)),
    });
  }
  sharedManifest = readFileSync(join(copy, "shared/package.json"), "utf8");
});

afterEach(() => {
  for (const path of planted.splice(0)) rmSync(join(copy, path));
  writeFileSync(join(copy, "shared/package.json"), sharedManifest);
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe("the boundary check", () => {
  it("passes on the repository as it is", () => {
    const { status, output } = runCheck();

    expect(output).toMatch(/Boundaries: \d+ files, 6 rules, no violations/);
    expect(status).toBe(0);
  });

  it("exits with a failure naming the file, the import and the rule", () => {
    plant(
      "bot/src/cards/reply.ts",
      'import { CardFactory } from "botbuilder";\nexport const f = CardFactory;\n',
    );

    const { status, output } = runCheck();

    expect(output).toContain("Boundary check failed (1):");
    expect(output).toContain(
      'bot/src/cards/reply.ts:1: imports "botbuilder": bot-sdk-in-host: botbuilder and botframework-* are imported only in bot/src/host/',
    );
    expect(status).toBe(1);
  });

  it.each([
    {
      rule: "shared-is-pure",
      file: "shared/src/referrals/notify.ts",
      text: 'import express from "express";\n',
      failure: 'shared/src/referrals/notify.ts:1: imports "express"',
    },
    {
      rule: "shared-is-pure",
      file: "shared/src/model/store.ts",
      text: 'export const x = 1;\nconst pg = require("pg") as unknown;\nexport default pg;\n',
      failure: 'shared/src/model/store.ts:2: imports "pg"',
    },
    {
      rule: "shared-is-pure",
      file: "shared/src/calendar/graph.ts",
      text: 'export async function load() {\n  return await import("@microsoft/microsoft-graph-client");\n}\n',
      failure: 'shared/src/calendar/graph.ts:2: imports "@microsoft/microsoft-graph-client"',
    },
    {
      rule: "shared-is-pure",
      file: "shared/src/minutes/render.ts",
      text: 'import { Document } from "docx";\nexport const d = Document;\n',
      failure: 'shared/src/minutes/render.ts:1: imports "docx"',
    },
    {
      rule: "shared-is-pure",
      file: "shared/src/api/view.ts",
      text: 'export { useState } from "react";\n',
      failure: 'shared/src/api/view.ts:1: imports "react"',
    },
    {
      rule: "bot-sdk-in-host",
      file: "bot/src/cards/reply.ts",
      text: 'import { CardFactory } from "botbuilder";\nexport const f = CardFactory;\n',
      failure: 'bot/src/cards/reply.ts:1: imports "botbuilder"',
    },
    {
      rule: "bot-sdk-in-host",
      file: "server/src/http/connector.ts",
      text: 'import type { ConnectorClient } from "botframework-connector";\nexport type C = ConnectorClient;\n',
      failure: 'server/src/http/connector.ts:1: imports "botframework-connector"',
    },
    {
      rule: "bot-not-server",
      file: "bot/src/conversation/config.ts",
      text: 'import "@convenor/server";\n',
      failure: 'bot/src/conversation/config.ts:1: imports "@convenor/server"',
    },
    {
      rule: "bot-not-server",
      file: "bot/src/delivery/store.ts",
      text: 'export { createStore } from "../../../server/dist/store/index.js";\n',
      failure: 'bot/src/delivery/store.ts:1: imports "../../../server/dist/store/index.js"',
    },
    {
      rule: "no-test-code-in-production",
      file: "server/src/outbox/clock.ts",
      text: 'import { FixedClock } from "@convenor/shared/testing";\nexport const c = FixedClock;\n',
      failure: 'server/src/outbox/clock.ts:1: imports "@convenor/shared/testing"',
    },
    {
      rule: "no-test-code-in-production",
      file: "shared/src/referrals/seed.ts",
      text: 'export { aPanel } from "../testing/builders.js";\n',
      failure: 'shared/src/referrals/seed.ts:1: imports "../testing/builders.js"',
    },
    {
      rule: "no-test-code-in-production",
      file: "bot/src/cards/check.ts",
      text: 'export { cardProblems } from "./card-validation.test-support.js";\n',
      failure: 'bot/src/cards/check.ts:1: imports "./card-validation.test-support.js"',
    },
    {
      rule: "no-test-code-in-production",
      file: "server/src/store/verify.ts",
      text: 'export { describeStoreContract } from "./store.contract.js";\n',
      failure: 'server/src/store/verify.ts:1: imports "./store.contract.js"',
    },
    {
      rule: "no-test-code-in-production",
      file: "server/src/store/store-fixtures.ts",
      text: 'import { expect } from "vitest";\nexport const same = (a: unknown, b: unknown) => expect(a).toEqual(b);\n',
      failure: 'server/src/store/store-fixtures.ts:1: imports "vitest"',
    },
    {
      rule: "local-mode-at-composition-root",
      file: "server/src/http/people.ts",
      text: 'export { demoPeople } from "../local/seed/demo-people.js";\n',
      failure: 'server/src/http/people.ts:1: imports "../local/seed/demo-people.js"',
    },
    {
      rule: "package-exports-only",
      file: "bot/src/conversation/model.ts",
      text: 'export type { Referral } from "../../../shared/src/model/index.js";\n',
      failure: 'bot/src/conversation/model.ts:1: imports "../../../shared/src/model/index.js"',
    },
    {
      rule: "package-exports-only",
      file: "server/src/http/policies.ts",
      text: 'export { canScreen } from "@convenor/shared/src/auth/policies.js";\n',
      failure: 'server/src/http/policies.ts:1: imports "@convenor/shared/src/auth/policies.js"',
    },
    {
      rule: "package-exports-only",
      file: "test/bench/forms.ts",
      text: 'export { aValidReferralForm } from "../../shared/src/testing/index.js";\n',
      failure: 'test/bench/forms.ts:1: imports "../../shared/src/testing/index.js"',
    },
    {
      rule: "package-exports-only",
      file: "test/e2e/x.e2e.test.ts",
      text: 'export { startService } from "../../server/src/start-service.js";\n',
      failure: 'test/e2e/x.e2e.test.ts:1: imports "../../server/src/start-service.js"',
    },
  ])("fails on $rule: $failure", ({ rule, file, text, failure }) => {
    expect(failures()).toEqual([]);
    plant(file, text);

    expect(failures()).toEqual([expect.stringContaining(`${failure}: ${rule}:`)]);
  });

  it("fails when shared's package.json depends on a database driver", () => {
    const manifest = JSON.parse(sharedManifest) as { dependencies: Record<string, string> };
    manifest.dependencies.kysely = "^0.28.0";
    writeFileSync(join(copy, "shared/package.json"), JSON.stringify(manifest));

    expect(failures()).toEqual([
      expect.stringContaining('shared/package.json: dependencies has "kysely": shared-is-pure:'),
    ]);
  });

  it("ignores imports written in comments, strings and templates", () => {
    plant(
      "shared/src/referrals/words.ts",
      [
        '// import express from "express";',
        '/* const pg = require("pg"); */',
        "export const quote = /[\"']/g;",
        'export const text = `import("react") and require("kysely")`;',
        "export const sentence = 'import axios from \"axios\"';",
        "",
      ].join("\n"),
    );

    expect(failures()).toEqual([]);
  });

  it("allows test code, test-support files, the test workspace and the local-mode composition root their imports", () => {
    plant(
      "server/src/http/people.test.ts",
      'import { demoPeople } from "../local/seed/demo-people.js";\nimport { aPanel } from "@convenor/shared/testing";\nexport const x = [demoPeople, aPanel];\n',
    );
    plant(
      "server/src/store/more-data.test-support.ts",
      'export { aPerson } from "@convenor/shared/testing";\n',
    );
    plant(
      "test/e2e/x.e2e.test.ts",
      'export { startService } from "@convenor/server";\nexport { demoPeople } from "@convenor/server/local";\nexport { startHarness } from "@convenor/server/testing";\n',
    );

    expect(failures()).toEqual([]);
  });
});
