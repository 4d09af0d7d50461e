import {
  ConfidentialClientApplication,
  ManagedIdentityApplication,
  type Configuration,
  type NodeAuthOptions,
} from "@azure/msal-node";
import type { AuthenticationProvider } from "@microsoft/microsoft-graph-client";
import type { GraphConfig, GraphCredentials } from "./graph-config.js";
import { LoopbackNetworkClient } from "./loopback-network.client.js";
import { defaultRetryPolicy } from "./retry-policy.js";
import { TimedNetworkClient } from "./timed-network.client.js";

const graphResource = "https://graph.microsoft.com";
const appScopes = [`${graphResource}/.default`];

/** Where msal finds the authority: Entra ID, or the sandbox's loopback token endpoint with metadata supplied. */
export interface Authority {
  authority: string;
  metadata: Pick<NodeAuthOptions, "knownAuthorities" | "authorityMetadata" | "cloudDiscoveryMetadata"> | null;
  /** Bounds each token request by the Graph attempt timeout. */
  networkClient: TimedNetworkClient;
}

export interface SandboxAuthority extends Authority {
  networkClient: LoopbackNetworkClient;
}

/**
 * The sandbox's authority. msal gets the OpenID and instance metadata here, in config, so it makes no
 * discovery call; its token request goes to the sandbox through `LoopbackNetworkClient`.
 */
export function sandboxAuthority(
  sandboxUrl: string,
  tenantId: string,
  timeoutMs: number = defaultRetryPolicy.attemptTimeoutMs,
): SandboxAuthority {
  const host = new URL(sandboxUrl).host;
  const authority = `https://${host}/${tenantId}`;
  const authorityMetadata = {
    issuer: `${authority}/v2.0`,
    authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
    token_endpoint: `${authority}/oauth2/v2.0/token`,
    jwks_uri: `${authority}/discovery/v2.0/keys`,
    end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
  };
  const cloudDiscoveryMetadata = {
    tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`,
    "api-version": "1.1",
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  };
  return {
    authority,
    metadata: {
      knownAuthorities: [host],
      authorityMetadata: JSON.stringify(authorityMetadata),
      cloudDiscoveryMetadata: JSON.stringify(cloudDiscoveryMetadata),
    },
    networkClient: new LoopbackNetworkClient(timeoutMs),
  };
}

export function entraAuthority(
  authorityHost: string,
  tenantId: string,
  timeoutMs: number = defaultRetryPolicy.attemptTimeoutMs,
): Authority {
  return {
    authority: `${authorityHost}/${tenantId}`,
    metadata: null,
    networkClient: new TimedNetworkClient(timeoutMs),
  };
}

export function authorityFor(config: GraphConfig, sandboxUrl?: string): Authority {
  if (config.mode === "sandbox") {
    if (!sandboxUrl || !config.sandbox) throw new Error("The Graph sandbox URL is needed in sandbox mode");
    return sandboxAuthority(sandboxUrl, config.sandbox.tenantId, config.retry.attemptTimeoutMs);
  }
  return entraAuthority(config.authorityHost, config.credentials.tenantId, config.retry.attemptTimeoutMs);
}

function confidentialClient(credentials: GraphCredentials, where: Authority): ConfidentialClientApplication {
  if (credentials.kind === "managed-identity")
    throw new Error("A managed identity is not a confidential client");
  const secretOrCertificate =
    credentials.kind === "client-secret"
      ? { clientSecret: credentials.clientSecret }
      : {
          clientCertificate: {
            thumbprintSha256: credentials.thumbprintSha256,
            privateKey: credentials.privateKeyPem,
          },
        };
  const configuration: Configuration = {
    auth: {
      clientId: credentials.clientId,
      authority: where.authority,
      ...secretOrCertificate,
      ...where.metadata,
    },
    system: { networkClient: where.networkClient },
  };
  return new ConfidentialClientApplication(configuration);
}

/**
 * App-only tokens (client credentials with a secret or certificate, or a managed identity). msal keeps
 * them in its cache and asks again only when one is near expiry.
 */
export function appTokenProvider(credentials: GraphCredentials, where: Authority): AuthenticationProvider {
  if (credentials.kind === "managed-identity") {
    const identity = new ManagedIdentityApplication({
      ...(credentials.clientId
        ? { managedIdentityIdParams: { userAssignedClientId: credentials.clientId } }
        : {}),
      system: { networkClient: where.networkClient },
    });
    return {
      getAccessToken: async () => (await identity.acquireToken({ resource: graphResource })).accessToken,
    };
  }
  const client = confidentialClient(credentials, where);
  return {
    getAccessToken: async () => {
      const result = await client.acquireTokenByClientCredential({ scopes: appScopes });
      if (!result) throw new Error("No Graph token returned");
      return result.accessToken;
    },
  };
}

/**
 * Delegated tokens for calls made as the signed-in user, exchanged on-behalf-of their tab or add-in token.
 * One msal client serves every user, so each user's token is cached until near expiry.
 */
export function onBehalfOfTokenProviders(
  credentials: GraphCredentials,
  where: Authority,
  scopes: string[] = appScopes,
): (userAssertion: string) => AuthenticationProvider {
  const client = confidentialClient(credentials, where);
  return (userAssertion) => ({
    getAccessToken: async () => {
      const result = await client.acquireTokenOnBehalfOf({ oboAssertion: userAssertion, scopes });
      if (!result) throw new Error("No Graph token returned");
      return result.accessToken;
    },
  });
}
