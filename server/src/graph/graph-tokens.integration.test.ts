import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appTokenProvider, onBehalfOfTokenProviders, sandboxAuthority } from "./token-providers.js";
import { startHarness, type SandboxHarness } from "./testing/sandbox-fixture.js";

const unsignedJwt = (claims: Record<string, unknown>) =>
  `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.`;

describe("tokens from msal-node against the sandbox's token endpoint", () => {
  let harness: SandboxHarness;
  beforeAll(async () => {
    harness = await startHarness({ internal: 3, external: 1 });
  });
  afterAll(() => harness.close());

  it("gets an app-only token offline, with no discovery call, and reuses it from msal's cache", async () => {
    const authority = sandboxAuthority(harness.sandbox.url, harness.sandbox.app.tenantId);
    const provider = appTokenProvider(harness.config.credentials, authority);
    const before = harness.sandbox.stats.tokenRequests;
    const first = await provider.getAccessToken();
    const second = await provider.getAccessToken();
    expect(second).toBe(first);
    expect(harness.sandbox.stats.tokenRequests - before).toBe(1);
    expect(authority.networkClient?.requested).toEqual([
      `POST /${harness.sandbox.app.tenantId}/oauth2/v2.0/token`,
    ]);
  });

  it("lists the tenant's people with a token from the token endpoint, as the README's curl commands do", async () => {
    const { app, tokenUrl, url } = harness.sandbox;
    const tokenResponse = await fetch(tokenUrl, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: app.clientId,
        client_secret: app.clientSecret,
        scope: "https://graph.microsoft.com/.default",
      }),
    });
    const { access_token } = (await tokenResponse.json()) as { access_token: string };
    const users = (await (
      await fetch(`${url}/v1.0/users`, { headers: { Authorization: `Bearer ${access_token}` } })
    ).json()) as {
      value: { mail: string }[];
    };
    expect(users.value.map((user) => user.mail)).toEqual(harness.people.map((person) => person.email));
  });

  it("refuses a wrong client secret with Entra's error, and Graph calls without a valid token", async () => {
    const authority = sandboxAuthority(harness.sandbox.url, harness.sandbox.app.tenantId);
    const provider = appTokenProvider(
      { ...harness.config.credentials, kind: "client-secret", clientSecret: "wrong" } as never,
      authority,
    );
    await expect(provider.getAccessToken()).rejects.toThrow(/AADSTS7000215/);
    const response = await fetch(`${harness.sandbox.url}/v1.0/users`, {
      headers: { Authorization: "Bearer forged" },
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      "InvalidAuthenticationToken",
    );
  });

  it("exchanges a user's token on-behalf-of them and calls /me as that user", async () => {
    const authority = sandboxAuthority(harness.sandbox.url, harness.sandbox.app.tenantId);
    const providers = onBehalfOfTokenProviders(harness.config.credentials, authority);
    const person = harness.people[1];
    const token = await providers(unsignedJwt({ preferred_username: person?.email })).getAccessToken();
    const me = (await (
      await fetch(`${harness.sandbox.url}/v1.0/me`, { headers: { Authorization: `Bearer ${token}` } })
    ).json()) as {
      mail: string;
    };
    expect(me.mail).toBe(person?.email);
  });
});
