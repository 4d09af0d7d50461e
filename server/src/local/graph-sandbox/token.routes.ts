import { randomBytes, randomUUID } from "node:crypto";
import { json, type SandboxContext, type SandboxRequest, type SandboxResponse } from "./sandbox-http.js";

export interface SandboxAppRegistration {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  tokenLifetimeSeconds: number;
}

/** Entra's error body for the token endpoint. */
function entraError(status: number, error: string, code: number, description: string): SandboxResponse {
  const traceId = randomUUID();
  return json(status, {
    error,
    error_description: `AADSTS${code}: ${description} Trace ID: ${traceId}`,
    error_codes: [code],
    timestamp: new Date().toISOString().replace("T", " ").replace("Z", "Z"),
    trace_id: traceId,
    correlation_id: randomUUID(),
  });
}

/** `POST /{tenant}/oauth2/v2.0/token`: client credentials and on-behalf-of for the local app registration. */
export function issueToken(
  context: SandboxContext,
  request: SandboxRequest,
  tenant: string,
  app: SandboxAppRegistration,
): SandboxResponse {
  if (tenant !== app.tenantId)
    return entraError(400, "invalid_tenant", 90002, `Tenant '${tenant}' not found.`);
  const form = new URLSearchParams(request.body.toString("utf8"));
  if (form.get("client_id") !== app.clientId) {
    return entraError(
      400,
      "unauthorized_client",
      700016,
      `Application with identifier '${form.get("client_id") ?? ""}' was not found in the directory.`,
    );
  }
  if (form.get("client_secret") !== app.clientSecret)
    return entraError(401, "invalid_client", 7000215, "Invalid client secret provided.");
  const scope = form.get("scope") ?? "";
  const grant = form.get("grant_type");
  if (grant === "client_credentials") {
    if (!scope.split(" ").some((item) => item.endsWith("/.default"))) {
      return entraError(
        400,
        "invalid_scope",
        1002012,
        "The provided value for scope is not valid. Client credential flows must have a scope value with /.default suffixed.",
      );
    }
    return tokenResponse(context, app, "app", null, scope);
  }
  if (
    grant === "urn:ietf:params:oauth:grant-type:jwt-bearer" &&
    form.get("requested_token_use") === "on_behalf_of"
  ) {
    const userId = assertionUser(context, form.get("assertion") ?? "");
    if (!userId)
      return entraError(
        400,
        "invalid_grant",
        50013,
        "Assertion failed signature validation or names no user of this tenant.",
      );
    return tokenResponse(context, app, "user", userId, scope);
  }
  return entraError(400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type.");
}

function tokenResponse(
  context: SandboxContext,
  app: SandboxAppRegistration,
  kind: "app" | "user",
  userId: string | null,
  scope: string,
): SandboxResponse {
  const accessToken = `sandbox.${randomBytes(24).toString("base64url")}`;
  context.state.tokens.set(accessToken, {
    kind,
    userId,
    expiresAt: Date.now() + app.tokenLifetimeSeconds * 1000,
  });
  return json(200, {
    token_type: "Bearer",
    scope,
    expires_in: app.tokenLifetimeSeconds,
    ext_expires_in: app.tokenLifetimeSeconds,
    access_token: accessToken,
  });
}

/**
 * The user an on-behalf-of assertion names (`oid`, `preferred_username`, `upn` or `email`). The local
 * issuer signs these tokens and the service has already validated them; the sandbox only reads the claims.
 */
function assertionUser(context: SandboxContext, assertion: string): string | null {
  const payload = assertion.split(".")[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    for (const claim of ["oid", "preferred_username", "upn", "email"]) {
      const value = claims[claim];
      const user = typeof value === "string" ? context.state.findUser(value) : undefined;
      if (user) return user.id;
    }
    return null;
  } catch {
    return null;
  }
}

/** The OpenID metadata Entra publishes, with this sandbox's endpoints (https form, as msal expects). */
export function openIdConfiguration(context: SandboxContext, tenant: string): SandboxResponse {
  const authority = `https://${new URL(context.url).host}/${tenant}`;
  return json(200, {
    issuer: `${authority}/v2.0`,
    authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
    token_endpoint: `${authority}/oauth2/v2.0/token`,
    jwks_uri: `${authority}/discovery/v2.0/keys`,
    end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
    response_types_supported: ["code", "id_token", "token id_token"],
    subject_types_supported: ["pairwise"],
    id_token_signing_alg_values_supported: ["RS256"],
    token_endpoint_auth_methods_supported: ["client_secret_post", "private_key_jwt"],
    tenant_region_scope: "EU",
  });
}

export function instanceDiscovery(context: SandboxContext, tenant: string): SandboxResponse {
  const host = new URL(context.url).host;
  return json(200, {
    tenant_discovery_endpoint: `https://${host}/${tenant}/v2.0/.well-known/openid-configuration`,
    "api-version": "1.1",
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  });
}
