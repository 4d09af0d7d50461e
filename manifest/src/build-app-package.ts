import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fillManifest } from "./fill-manifest.js";
import { appDir as defaultAppDir, buildDir as defaultBuildDir } from "./paths.js";
import { fail, ok, type Result } from "./result.js";
import { validateManifest } from "./validate-manifest.js";
import { createZip } from "./zip.js";

export interface AppPackage {
  manifest: Record<string, unknown>;
  zip: Buffer;
}

export const packageFiles = ["manifest.json", "color.png", "outline.png"] as const;

/** Fills app/manifest.json, validates it against the bundled schema, and zips it with the two icons. */
export async function buildAppPackage(
  variables: Record<string, string>,
  appDir: string = defaultAppDir,
): Promise<Result<AppPackage>> {
  const template: unknown = JSON.parse(readFileSync(join(appDir, "manifest.json"), "utf8"));
  const filled = fillManifest(template, variables);
  if (!filled.ok) return filled;
  const manifest = filled.value;
  const errors = await validateManifest(manifest);
  if (errors.length > 0) {
    return fail(
      "MANIFEST.SCHEMA_INVALID",
      `The manifest does not match its schema:\n  ${errors.join("\n  ")}`,
      errors,
    );
  }
  const zip = createZip([
    { name: "manifest.json", data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8") },
    { name: "color.png", data: readFileSync(join(appDir, "color.png")) },
    { name: "outline.png", data: readFileSync(join(appDir, "outline.png")) },
  ]);
  return ok({ manifest, zip });
}

/** Writes build/appPackage.<env>.zip and, for inspection, build/manifest.<env>.json; returns the zip path. */
export function writeAppPackage(
  envName: string,
  appPackage: AppPackage,
  buildDir: string = defaultBuildDir,
): string {
  mkdirSync(buildDir, { recursive: true });
  const zipPath = join(buildDir, `appPackage.${envName}.zip`);
  writeFileSync(zipPath, appPackage.zip);
  writeFileSync(
    join(buildDir, `manifest.${envName}.json`),
    `${JSON.stringify(appPackage.manifest, null, 2)}\n`,
  );
  return zipPath;
}
