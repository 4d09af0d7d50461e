import { resolve } from "node:path";
import { z } from "zod";
import { parseGraphConfig, type GraphConfig } from "./graph/graph-config.js";

/** The service's configuration, read once at start from environment variables. */
export interface Config {
  mode: "local" | "production";
  host: string;
  port: number;
  /** The address people and Teams reach the service on. */
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | null;
  logLevel: string;
  auth: LocalAuth | EntraAuth;
  bot: { mode: "local" } | BotCredentials;
  playgroundPort: number;
  /** The demo person the Agents Playground chats as; null for the committed default. */
  playgroundAs: string | null;
  graphSandboxPort: number;
  graph: GraphConfig;
}

export interface LocalAuth {
  kind: "local-issuer";
  audience: string;
}

export interface EntraAuth {
  kind: "entra";
  tenantId: string;
  /** The API's application (client) id: tokens must carry it, or its `api://` URI, as audience. */
  clientId: string;
  audiences: string[];
  requiredScope: string;
}

export interface BotCredentials {
  mode: "production";
  appId: string;
  tenantId: string;
  password?: string;
  certificatePem?: string;
  certificateThumbprint?: string;
  managedIdentityClientId?: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

const loopbackHosts = new Set(["127.0.0.1", "localhost", "::1"]);
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();
const optionalPort = (min: number) =>
  optionalText.pipe(
    z
      .string()
      .regex(/^\d{1,5}$/, "must be a port number")
      .transform(Number)
      .refine((port) => port >= min && port <= 65535, `must be between ${min} and 65535`)
      .optional(),
  );
const guid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "must be a GUID");

const envSchema = z.object({
  HOST: optionalText,
  PORT: optionalPort(0),
  PUBLIC_URL: optionalText.pipe(z.url().optional()),
  DATA_DIR: optionalText,
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
      .optional(),
  ),
  LOG_LEVEL: optionalText.pipe(
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  ),
  ENTRA_TENANT_ID: optionalText.pipe(guid.optional()),
  ENTRA_CLIENT_ID: optionalText.pipe(guid.optional()),
  ENTRA_API_SCOPE: optionalText,
  MicrosoftAppId: optionalText.pipe(guid.optional()),
  MicrosoftAppTenantId: optionalText.pipe(guid.optional()),
  MicrosoftAppPassword: optionalText,
  MicrosoftAppCertificatePem: optionalText,
  MicrosoftAppCertificateThumbprint: optionalText,
  MicrosoftAppManagedIdentityClientId: optionalText,
  PLAYGROUND_PORT: optionalPort(0),
  GRAPH_SANDBOX_PORT: optionalPort(0),
  PLAYGROUND_AS: optionalText.pipe(
    z
      .string()
      .regex(/^p-[a-z-]{1,40}$/, "must be a demo person's id, e.g. p-chair")
      .optional(),
  ),
});

/**
 * Validates the environment and fails with a message naming the variable. With nothing configured the
 * service runs in local mode: loopback only, embedded SQLite, the local sign-in issuer and the Graph sandbox.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Configuration error in ${String(issue?.path[0])}: ${issue?.message}`);
  }
  const vars = parsed.data;
  const mode = vars.ENTRA_TENANT_ID ? "production" : "local";
  const host = vars.HOST ?? "127.0.0.1";
  const port = vars.PORT ?? 3978;

  if (mode === "local" && !loopbackHosts.has(host)) {
    throw new ConfigError(
      `Configuration error in HOST: local mode (no ENTRA_TENANT_ID) has sign-in and bot authentication off, so it only binds to loopback, not ${host}.`,
    );
  }

  const graph = graphConfig(mode, env);
  const common = {
    graph,
    host,
    port,
    publicUrl: (vars.PUBLIC_URL ?? `http://${host === "::1" ? "[::1]" : host}:${port}`).replace(/\/$/, ""),
    dataDir: resolve(vars.DATA_DIR ?? "data"),
    databaseUrl: vars.DATABASE_URL ?? null,
    logLevel: vars.LOG_LEVEL ?? "info",
    playgroundPort: vars.PLAYGROUND_PORT ?? 56150,
    playgroundAs: vars.PLAYGROUND_AS ?? null,
    graphSandboxPort: vars.GRAPH_SANDBOX_PORT ?? 5980,
  };

  if (mode === "local") {
    return {
      ...common,
      mode,
      auth: { kind: "local-issuer", audience: "api://convenor-local" },
      bot: { mode: "local" },
    };
  }

  const clientId = required(
    vars.ENTRA_CLIENT_ID,
    "ENTRA_CLIENT_ID",
    "the API's app registration (client) id",
  );
  if (!vars.PUBLIC_URL) throw new ConfigError("Configuration error in PUBLIC_URL: required in production.");
  return {
    ...common,
    mode,
    auth: {
      kind: "entra",
      tenantId: vars.ENTRA_TENANT_ID!,
      clientId,
      audiences: [clientId, `api://${new URL(vars.PUBLIC_URL).host}/${clientId}`, `api://${clientId}`],
      requiredScope: vars.ENTRA_API_SCOPE ?? "access_as_user",
    },
    bot: botCredentials(vars),
  };
}

/** Graph runs against the local sandbox in local mode and against Microsoft 365 in production. */
function graphConfig(mode: Config["mode"], env: NodeJS.ProcessEnv): GraphConfig {
  const defaultMode = mode === "production" ? "microsoft" : "sandbox";
  const parsed = parseGraphConfig({ GRAPH_MODE: defaultMode, ...env });
  if (!parsed.ok) {
    throw new ConfigError(
      `Configuration error in ${parsed.error.fields?.[0]?.field ?? "GRAPH_MODE"}: ${parsed.error.message}`,
    );
  }
  if (mode === "production" && parsed.value.mode === "sandbox") {
    throw new ConfigError(
      "Configuration error in GRAPH_MODE: the Graph sandbox is for local mode only; use microsoft.",
    );
  }
  return parsed.value;
}

function botCredentials(vars: z.infer<typeof envSchema>): BotCredentials {
  const appId = required(vars.MicrosoftAppId, "MicrosoftAppId", "the bot's app registration (client) id");
  const tenantId = required(
    vars.MicrosoftAppTenantId,
    "MicrosoftAppTenantId",
    "the bot's tenant (single-tenant)",
  );
  const credentials = {
    password: vars.MicrosoftAppPassword,
    certificatePem: vars.MicrosoftAppCertificatePem,
    certificateThumbprint: vars.MicrosoftAppCertificateThumbprint,
    managedIdentityClientId: vars.MicrosoftAppManagedIdentityClientId,
  };
  if (!credentials.password && !credentials.certificatePem && !credentials.managedIdentityClientId) {
    throw new ConfigError(
      "Configuration error in MicrosoftAppPassword: set MicrosoftAppPassword, MicrosoftAppCertificatePem (with MicrosoftAppCertificateThumbprint) or MicrosoftAppManagedIdentityClientId.",
    );
  }
  if (credentials.certificatePem && !credentials.certificateThumbprint) {
    throw new ConfigError(
      "Configuration error in MicrosoftAppCertificateThumbprint: required with MicrosoftAppCertificatePem.",
    );
  }
  const defined = Object.fromEntries(Object.entries(credentials).filter(([, value]) => value !== undefined));
  return { mode: "production", appId, tenantId, ...defined };
}

function required(value: string | undefined, name: string, what: string): string {
  if (!value) throw new ConfigError(`Configuration error in ${name}: required in production (${what}).`);
  return value;
}

/** What is safe to log at start: no secrets. */
export function redactedSummary(config: Config): Record<string, unknown> {
  return {
    mode: config.mode,
    host: config.host,
    port: config.port,
    publicUrl: config.publicUrl,
    store: config.databaseUrl ? "postgresql" : "sqlite",
    auth: config.auth.kind,
    bot: config.bot.mode === "local" ? "authentication off (local)" : `app ${config.bot.appId}`,
    graph: `${config.graph.mode} (${config.graph.credentials.kind})`,
  };
}
