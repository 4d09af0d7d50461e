import { X509Certificate } from "node:crypto";
import { errorCatalogue, fail, ok, type Result } from "@convenor/shared";
import { z } from "zod";
import type { RetryPolicy } from "./retry-policy.js";

export type GraphCredentials =
  | { kind: "client-secret"; tenantId: string; clientId: string; clientSecret: string }
  | {
      kind: "client-certificate";
      tenantId: string;
      clientId: string;
      privateKeyPem: string;
      thumbprintSha256: string;
    }
  /** `clientId` null: the system-assigned identity. */
  | { kind: "managed-identity"; tenantId: string; clientId: string | null };

export interface GraphSandboxSettings {
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

export interface GraphConfig {
  /** `sandbox`: the loopback Graph sandbox (local mode); `microsoft`: graph.microsoft.com and Entra ID. */
  mode: "sandbox" | "microsoft";
  /** Graph's origin in `microsoft` mode; in `sandbox` mode the sandbox's URL replaces it once started. */
  baseUrl: string;
  authorityHost: string;
  /** App-only calls (free/busy, invitations from a panel mailbox, filing minutes). */
  credentials: GraphCredentials;
  /** Whether on-behalf-of calls are possible: they need a client secret or certificate. */
  onBehalfOf: boolean;
  retry: RetryPolicy;
  sandbox: GraphSandboxSettings | null;
  /**
   * Convenor's id in the organisation's Teams app catalog (not the manifest id), for installing the app for
   * panel members; null: not configured, members are reachable only once they open Convenor themselves.
   */
  teamsAppCatalogId: string | null;
}

export const sandboxDefaults: GraphSandboxSettings = {
  tenantId: "convenor-local",
  clientId: "11111111-2222-4333-8444-555555555555",
  clientSecret: "local-sandbox-secret",
};

/** The catalog id of Convenor in the Graph sandbox's app catalog. */
export const sandboxTeamsAppCatalogId = "0c0a7e00-5a4d-4b0c-8a7e-000000000001";

const text = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();
const guid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "must be a GUID");
const httpsOrigin = z.url({ protocol: /^https$/ }).transform((value) => value.replace(/\/+$/, ""));
const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const envSchema = z.object({
  GRAPH_MODE: text.pipe(z.enum(["sandbox", "microsoft"]).optional()),
  GRAPH_TENANT_ID: text.pipe(guid.optional()),
  GRAPH_CLIENT_ID: text.pipe(guid.optional()),
  GRAPH_CLIENT_SECRET: text,
  GRAPH_CLIENT_CERTIFICATE_PEM: text,
  GRAPH_MANAGED_IDENTITY: text.pipe(z.union([z.literal("system"), guid]).optional()),
  GRAPH_BASE_URL: text.pipe(httpsOrigin.optional()),
  GRAPH_AUTHORITY_HOST: text.pipe(httpsOrigin.optional()),
  GRAPH_MAX_ATTEMPTS: text.pipe(integer(1, 10).optional()),
  GRAPH_MAX_RETRY_SECONDS: text.pipe(integer(1, 600).optional()),
  GRAPH_REQUEST_TIMEOUT_SECONDS: text.pipe(integer(1, 300).optional()),
  GRAPH_SANDBOX_TENANT_ID: text.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9.-]{1,64}$/, "letters, digits, dots and dashes")
      .optional(),
  ),
  GRAPH_SANDBOX_CLIENT_ID: text.pipe(guid.optional()),
  GRAPH_SANDBOX_CLIENT_SECRET: text,
  TEAMS_APP_CATALOG_ID: text.pipe(guid.optional()),
});

type GraphEnv = z.infer<typeof envSchema>;

const invalid = (variable: string, problem: string) =>
  fail(errorCatalogue.config.invalid, `${variable} ${problem}`, [
    { field: variable, code: errorCatalogue.config.invalid, message: problem },
  ]);

/**
 * Reads the Graph and Entra settings from the environment. Fails with a message that names the variable,
 * e.g. `GRAPH_CLIENT_SECRET or GRAPH_CLIENT_CERTIFICATE_PEM or GRAPH_MANAGED_IDENTITY is required`.
 */
export function parseGraphConfig(env: Record<string, string | undefined>): Result<GraphConfig> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? "GRAPH_*");
    return invalid(variable, issue?.message ?? "is invalid");
  }
  const vars = parsed.data;
  const retry: RetryPolicy = {
    maxAttempts: vars.GRAPH_MAX_ATTEMPTS ?? 5,
    maxTotalMs: (vars.GRAPH_MAX_RETRY_SECONDS ?? 60) * 1000,
    baseDelayMs: 500,
    attemptTimeoutMs: (vars.GRAPH_REQUEST_TIMEOUT_SECONDS ?? 30) * 1000,
  };
  if ((vars.GRAPH_MODE ?? "sandbox") === "sandbox") {
    const sandbox: GraphSandboxSettings = {
      tenantId: vars.GRAPH_SANDBOX_TENANT_ID ?? sandboxDefaults.tenantId,
      clientId: vars.GRAPH_SANDBOX_CLIENT_ID ?? sandboxDefaults.clientId,
      clientSecret: vars.GRAPH_SANDBOX_CLIENT_SECRET ?? sandboxDefaults.clientSecret,
    };
    return ok({
      mode: "sandbox",
      baseUrl: "http://127.0.0.1",
      authorityHost: "https://127.0.0.1",
      credentials: { kind: "client-secret", ...sandbox },
      onBehalfOf: true,
      retry,
      sandbox,
      teamsAppCatalogId: vars.TEAMS_APP_CATALOG_ID ?? sandboxTeamsAppCatalogId,
    });
  }
  const credentials = microsoftCredentials(vars);
  if (!credentials.ok) return credentials;
  return ok({
    mode: "microsoft",
    baseUrl: vars.GRAPH_BASE_URL ?? "https://graph.microsoft.com",
    authorityHost: vars.GRAPH_AUTHORITY_HOST ?? "https://login.microsoftonline.com",
    credentials: credentials.value,
    onBehalfOf: credentials.value.kind !== "managed-identity",
    retry,
    sandbox: null,
    teamsAppCatalogId: vars.TEAMS_APP_CATALOG_ID ?? null,
  });
}

function microsoftCredentials(vars: GraphEnv): Result<GraphCredentials> {
  if (!vars.GRAPH_TENANT_ID) return invalid("GRAPH_TENANT_ID", "is required when GRAPH_MODE=microsoft");
  const tenantId = vars.GRAPH_TENANT_ID;
  const chosen = [
    vars.GRAPH_CLIENT_SECRET,
    vars.GRAPH_CLIENT_CERTIFICATE_PEM,
    vars.GRAPH_MANAGED_IDENTITY,
  ].filter(Boolean);
  if (chosen.length !== 1) {
    return invalid(
      "GRAPH_CLIENT_SECRET",
      "or GRAPH_CLIENT_CERTIFICATE_PEM or GRAPH_MANAGED_IDENTITY: set exactly one when GRAPH_MODE=microsoft",
    );
  }
  if (vars.GRAPH_MANAGED_IDENTITY) {
    const clientId = vars.GRAPH_MANAGED_IDENTITY === "system" ? null : vars.GRAPH_MANAGED_IDENTITY;
    return ok({ kind: "managed-identity", tenantId, clientId });
  }
  if (!vars.GRAPH_CLIENT_ID)
    return invalid("GRAPH_CLIENT_ID", "is required with a client secret or certificate");
  const clientId = vars.GRAPH_CLIENT_ID;
  if (vars.GRAPH_CLIENT_SECRET)
    return ok({ kind: "client-secret", tenantId, clientId, clientSecret: vars.GRAPH_CLIENT_SECRET });
  return certificateCredentials(tenantId, clientId, vars.GRAPH_CLIENT_CERTIFICATE_PEM ?? "");
}

function certificateCredentials(
  tenantId: string,
  clientId: string,
  pemText: string,
): Result<GraphCredentials> {
  const pem = pemText.replace(/\\n/g, "\n");
  const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  const privateKeyPem =
    /-----BEGIN (RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (RSA |EC )?PRIVATE KEY-----/.exec(pem)?.[0];
  if (!certificate || !privateKeyPem) {
    return invalid(
      "GRAPH_CLIENT_CERTIFICATE_PEM",
      "must hold the certificate and its unencrypted private key in PEM",
    );
  }
  try {
    const thumbprintSha256 = new X509Certificate(certificate).fingerprint256.replace(/:/g, "");
    return ok({ kind: "client-certificate", tenantId, clientId, privateKeyPem, thumbprintSha256 });
  } catch {
    return invalid("GRAPH_CLIENT_CERTIFICATE_PEM", "holds a certificate that cannot be read");
  }
}
