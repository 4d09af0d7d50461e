export type VariableKind = "guid" | "url" | "host" | "text";

export interface AppVariable {
  name: string;
  kind: VariableKind;
  /** Only the name suffix may be set to an empty string. */
  allowEmpty?: boolean;
  /** Used for the `local` environment only, so `npm run package` works on a fresh clone. */
  localDefault: string;
}

const localService = "https://localhost:3978";

/**
 * Every `${{VAR}}` the manifest template uses. The local defaults point at the service's local port
 * (server/src/config.ts: 3978) over https, as Teams and Outlook require, with made-up ids: such a package
 * can be inspected and validated, not sideloaded (the local service speaks plain http and has no Entra or
 * bot registration). Real environments set every variable (Agents Toolkit does, from env/.env.<name>).
 */
export const appVariables: readonly AppVariable[] = [
  { name: "TEAMS_APP_ID", kind: "guid", localDefault: "00000000-0000-4000-8000-000000000001" },
  { name: "BOT_ID", kind: "guid", localDefault: "00000000-0000-4000-8000-000000000002" },
  { name: "AAD_APP_CLIENT_ID", kind: "guid", localDefault: "00000000-0000-4000-8000-000000000003" },
  { name: "APP_NAME_SUFFIX", kind: "text", allowEmpty: true, localDefault: " (local)" },
  { name: "TAB_ENDPOINT", kind: "url", localDefault: localService },
  { name: "TAB_DOMAIN", kind: "host", localDefault: "localhost:3978" },
  { name: "ADDIN_ENDPOINT", kind: "url", localDefault: localService },
  { name: "ADDIN_DOMAIN", kind: "host", localDefault: "localhost:3978" },
  { name: "DEVELOPER_NAME", kind: "text", localDefault: "Convenor (local build)" },
  { name: "DEVELOPER_WEBSITE_URL", kind: "url", localDefault: `${localService}/about` },
  { name: "DEVELOPER_PRIVACY_URL", kind: "url", localDefault: `${localService}/about/privacy` },
  { name: "DEVELOPER_TERMS_URL", kind: "url", localDefault: `${localService}/about/terms` },
];

/** Endpoint and domain pairs that must name the same host. */
export const endpointDomains: readonly [endpoint: string, domain: string][] = [
  ["TAB_ENDPOINT", "TAB_DOMAIN"],
  ["ADDIN_ENDPOINT", "ADDIN_DOMAIN"],
];

export function localDefaults(): Record<string, string> {
  return Object.fromEntries(appVariables.map((variable) => [variable.name, variable.localDefault]));
}

/** Process environment wins over the env file, which wins over the local defaults (for `local` only). */
export function resolveVariables(
  envName: string,
  processEnv: Record<string, string | undefined>,
  fileVariables: Record<string, string> = {},
): Record<string, string> {
  const resolved: Record<string, string> = envName === "local" ? localDefaults() : {};
  Object.assign(resolved, fileVariables);
  for (const [name, value] of Object.entries(processEnv)) {
    if (value !== undefined) resolved[name] = value;
  }
  return resolved;
}
