import { describe, expect, it } from "vitest";
import { parseGraphConfig, sandboxTeamsAppCatalogId } from "./graph-config.js";

const tenant = "8f0e6c1a-3b0d-4c36-9a3e-2f1d5b7c9e01";
const client = "0d3c2b1a-9e8f-4a7b-8c6d-5e4f3a2b1c0d";

describe("parseGraphConfig", () => {
  it("defaults to the sandbox with the local app registration of .env.example", () => {
    const parsed = parseGraphConfig({});
    expect(parsed.ok && parsed.value.mode).toBe("sandbox");
    expect(parsed.ok && parsed.value.sandbox?.tenantId).toBe("convenor-local");
  });

  it("reads client-secret credentials and retry bounds for Microsoft Graph", () => {
    const parsed = parseGraphConfig({
      GRAPH_MODE: "microsoft",
      GRAPH_TENANT_ID: tenant,
      GRAPH_CLIENT_ID: client,
      GRAPH_CLIENT_SECRET: "s3cret",
      GRAPH_MAX_ATTEMPTS: "3",
      GRAPH_MAX_RETRY_SECONDS: "20",
    });
    expect(parsed).toMatchObject({
      ok: true,
      value: {
        mode: "microsoft",
        baseUrl: "https://graph.microsoft.com",
        credentials: { kind: "client-secret", tenantId: tenant },
        onBehalfOf: true,
        retry: { maxAttempts: 3, maxTotalMs: 20_000 },
      },
    });
  });

  it("bounds each Graph attempt and token request: 30 seconds unless GRAPH_REQUEST_TIMEOUT_SECONDS says", () => {
    const defaults = parseGraphConfig({});
    expect(defaults.ok && defaults.value.retry.attemptTimeoutMs).toBe(30_000);
    const set = parseGraphConfig({ GRAPH_REQUEST_TIMEOUT_SECONDS: "12" });
    expect(set.ok && set.value.retry.attemptTimeoutMs).toBe(12_000);
  });

  it("reads Convenor's Teams app catalog id; without it in production, no app is installed for anyone", () => {
    const production = { GRAPH_MODE: "microsoft", GRAPH_TENANT_ID: tenant, GRAPH_MANAGED_IDENTITY: "system" };
    const catalogId = "b1c5353a-7aca-41b3-830f-27d5218fe0e5";
    const withId = parseGraphConfig({ ...production, TEAMS_APP_CATALOG_ID: catalogId });
    expect(withId.ok && withId.value.teamsAppCatalogId).toBe(catalogId);
    const without = parseGraphConfig(production);
    expect(without.ok && without.value.teamsAppCatalogId).toBeNull();
    const sandbox = parseGraphConfig({});
    expect(sandbox.ok && sandbox.value.teamsAppCatalogId).toBe(sandboxTeamsAppCatalogId);
  });

  it("accepts a managed identity, which cannot do on-behalf-of", () => {
    const parsed = parseGraphConfig({
      GRAPH_MODE: "microsoft",
      GRAPH_TENANT_ID: tenant,
      GRAPH_MANAGED_IDENTITY: "system",
    });
    expect(parsed).toMatchObject({
      ok: true,
      value: { credentials: { kind: "managed-identity", clientId: null }, onBehalfOf: false },
    });
  });

  it.each([
    [{ GRAPH_MODE: "microsoft" }, "GRAPH_TENANT_ID"],
    [{ GRAPH_MODE: "microsoft", GRAPH_TENANT_ID: tenant, GRAPH_CLIENT_ID: client }, "GRAPH_CLIENT_SECRET"],
    [{ GRAPH_MODE: "microsoft", GRAPH_TENANT_ID: tenant, GRAPH_CLIENT_SECRET: "x" }, "GRAPH_CLIENT_ID"],
    [{ GRAPH_MODE: "microsoft", GRAPH_TENANT_ID: "not-a-guid" }, "GRAPH_TENANT_ID"],
    [
      {
        GRAPH_MODE: "microsoft",
        GRAPH_TENANT_ID: tenant,
        GRAPH_CLIENT_ID: client,
        GRAPH_CLIENT_CERTIFICATE_PEM: "nope",
      },
      "GRAPH_CLIENT_CERTIFICATE_PEM",
    ],
    [{ GRAPH_MAX_ATTEMPTS: "many" }, "GRAPH_MAX_ATTEMPTS"],
    [{ GRAPH_REQUEST_TIMEOUT_SECONDS: "0" }, "GRAPH_REQUEST_TIMEOUT_SECONDS"],
    [{ GRAPH_REQUEST_TIMEOUT_SECONDS: "301" }, "GRAPH_REQUEST_TIMEOUT_SECONDS"],
    [{ GRAPH_REQUEST_TIMEOUT_SECONDS: "1.5" }, "GRAPH_REQUEST_TIMEOUT_SECONDS"],
    [{ GRAPH_MODE: "beta" }, "GRAPH_MODE"],
    [{ TEAMS_APP_CATALOG_ID: "com.convenor.app" }, "TEAMS_APP_CATALOG_ID"],
  ])("names the variable at fault: %j -> %s", (env, variable) => {
    const parsed = parseGraphConfig(env);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message.startsWith(variable)).toBe(true);
    expect(parsed.error.fields?.[0]?.field).toBe(variable);
  });
});
