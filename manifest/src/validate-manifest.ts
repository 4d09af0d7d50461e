import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { AppManifestUtils } from "@microsoft/app-manifest";

type AppManifest = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];
type AppManifestSchema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;

const toolingDir = dirname(createRequire(import.meta.url).resolve("@microsoft/app-manifest/package.json"));

/** Where @microsoft/app-manifest bundles the Teams manifest JSON schema for a manifest version. */
export function bundledSchemaPath(manifestVersion: string): string {
  return join(
    toolingDir,
    "build",
    "json-schemas",
    "teams",
    `v${manifestVersion}`,
    "MicrosoftTeams.schema.json",
  );
}

export function loadBundledSchema(manifestVersion: string): AppManifestSchema {
  const path = bundledSchemaPath(manifestVersion);
  if (!/^\d+\.\d+$/.test(manifestVersion) || !existsSync(path)) {
    throw new Error(
      `no bundled Teams manifest schema for manifestVersion "${manifestVersion}" (looked for ${path})`,
    );
  }
  // Same clean-up the tooling applies: the published schemas contain \a and \v escapes JSON does not allow.
  const text = readFileSync(path, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
  return JSON.parse(text) as AppManifestSchema;
}

/**
 * Validates a filled manifest against the schema bundled with the Microsoft tooling, offline: the schema is
 * always passed in, so the tooling never fetches the manifest's `$schema` URL. Returns the schema errors.
 */
export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const version = manifest.manifestVersion;
  if (typeof version !== "string") return ["/manifestVersion must be a string"];
  const schema = loadBundledSchema(version);
  return AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest, schema);
}
