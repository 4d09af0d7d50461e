import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, redactedSummary } from "./config.js";

const tenant = "11111111-2222-4333-8444-555555555555";
const app = "66666666-7777-4888-8999-000000000000";
const production = {
  ENTRA_TENANT_ID: tenant,
  ENTRA_CLIENT_ID: app,
  PUBLIC_URL: "https://convenor.example.org",
  HOST: "0.0.0.0",
  MicrosoftAppId: app,
  MicrosoftAppTenantId: tenant,
  MicrosoftAppPassword: "not-a-real-secret",
  GRAPH_TENANT_ID: tenant,
  GRAPH_CLIENT_ID: app,
  GRAPH_CLIENT_SECRET: "not-a-real-graph-secret",
};

describe("loadConfig", () => {
  it("runs in local mode on loopback with embedded defaults when nothing is configured", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: "local",
      host: "127.0.0.1",
      port: 3978,
      publicUrl: "http://127.0.0.1:3978",
      databaseUrl: null,
      auth: { kind: "local-issuer" },
      bot: { mode: "local" },
    });
  });

  it("refuses to bind local mode to anything but loopback", () => {
    expect(() => loadConfig({ HOST: "0.0.0.0" })).toThrow(/HOST.*only binds to loopback/);
  });

  it("names the variable that is wrong", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => loadConfig({ ENTRA_TENANT_ID: "contoso" })).toThrow(/ENTRA_TENANT_ID: must be a GUID/);
  });

  it("requires the bot's single-tenant credentials in production", () => {
    const { MicrosoftAppPassword: _, ...withoutSecret } = production;
    expect(() => loadConfig(withoutSecret)).toThrow(ConfigError);
    expect(() => loadConfig(withoutSecret)).toThrow(/MicrosoftAppPassword/);
    const { MicrosoftAppTenantId: __, ...withoutTenant } = production;
    expect(() => loadConfig(withoutTenant)).toThrow(/MicrosoftAppTenantId/);
  });

  it("accepts a managed identity instead of a secret and binds to any address in production", () => {
    const { MicrosoftAppPassword: _, ...rest } = production;
    const config = loadConfig({ ...rest, MicrosoftAppManagedIdentityClientId: app });
    expect(config.mode).toBe("production");
    expect(config.host).toBe("0.0.0.0");
    expect(config.bot).toMatchObject({ mode: "production", appId: app, managedIdentityClientId: app });
  });

  it("uses the Graph sandbox locally and Microsoft Graph in production, naming a missing Graph variable", () => {
    expect(loadConfig({}).graph.mode).toBe("sandbox");
    expect(loadConfig(production).graph.mode).toBe("microsoft");
    const { GRAPH_TENANT_ID: _, ...withoutGraphTenant } = production;
    expect(() => loadConfig(withoutGraphTenant)).toThrow(/Configuration error in GRAPH_TENANT_ID/);
    expect(() => loadConfig({ ...production, GRAPH_MODE: "sandbox" })).toThrow(/GRAPH_MODE/);
  });

  it("never puts secrets in the start-up summary", () => {
    const summary = JSON.stringify(redactedSummary(loadConfig(production)));
    expect(summary).not.toContain("not-a-real-secret");
    expect(summary).not.toContain("not-a-real-graph-secret");
    expect(summary).toContain("production");
  });
});
