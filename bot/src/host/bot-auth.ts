import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from "botbuilder";
import { ClientCache } from "./client-cache.js";

export type BotAuth =
  | { mode: "local"; outboundTimeoutMs?: number }
  | {
      mode: "production";
      outboundTimeoutMs?: number;
      appId: string;
      tenantId: string;
      password?: string;
      certificatePem?: string;
      certificateThumbprint?: string;
      managedIdentityClientId?: string;
    };

/**
 * The Bot Framework adapter. Local mode: no app id, so incoming activities are not authenticated (the
 * service then binds to loopback only). Production: single-tenant with a password, a certificate or a
 * user-assigned managed identity; activities without a valid Bot Framework token are rejected.
 */
export function createCloudAdapter(auth: BotAuth): { adapter: CloudAdapter; appId: string } {
  const timeoutMs = auth.outboundTimeoutMs ?? defaultOutboundTimeoutMs;
  if (auth.mode === "local") {
    return { adapter: new CloudAdapter(new BoundedAuthentication(timeoutMs, {})), appId: "" };
  }
  const managed = auth.managedIdentityClientId;
  const appId = managed ?? auth.appId;
  const settings: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: appId,
    MicrosoftAppTenantId: auth.tenantId,
    MicrosoftAppType: managed ? "UserAssignedMsi" : "SingleTenant",
    ...(auth.certificatePem
      ? {
          CertificatePrivateKey: auth.certificatePem,
          CertificateThumbprint: auth.certificateThumbprint ?? "",
        }
      : {}),
    ...(!auth.certificatePem && !managed && auth.password ? { MicrosoftAppPassword: auth.password } : {}),
  };
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  return {
    adapter: new CloudAdapter(new BoundedAuthentication(timeoutMs, settings, credentials)),
    appId,
  };
}

/** Teams gives a bot 15 s to answer an invoke; no single call out (token or Bot Connector) may take longer. */
const defaultOutboundTimeoutMs = 10_000;

type BaseAuthentication = ConfigurationBotFrameworkAuthentication;
type ClaimsIdentity = Parameters<BaseAuthentication["createConnectorFactory"]>[0];
type ConnectorFactory = ReturnType<BaseAuthentication["createConnectorFactory"]>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory["create"]>>;
type UserTokenClient = Awaited<ReturnType<BaseAuthentication["createUserTokenClient"]>>;

interface PipelineRequest {
  timeout: number;
}
interface PipelinePolicy {
  name: string;
  sendRequest(
    request: PipelineRequest,
    next: (request: PipelineRequest) => Promise<unknown>,
  ): Promise<unknown>;
}
/** The parts of botbuilder's connector client (a core-client ServiceClient inside) that are bounded here. */
interface ConnectorInternals {
  client: {
    pipeline: { removePolicy(options: { name: string }): unknown; addPolicy(policy: PipelinePolicy): void };
  };
  credentials: { signRequest(request: unknown): Promise<unknown> };
}

/**
 * Bot Framework authentication whose connector clients never wait long: each request to the Bot Connector
 * and each token fetch is bounded by `timeoutMs`, and the client does not retry in-process. Its default retry
 * policy would sleep a Teams 429's Retry-After inside the process (holding the outbox worker); a throttled
 * or failed delivery goes back to the outbox instead, due again when Retry-After says.
 */
class BoundedAuthentication extends ConfigurationBotFrameworkAuthentication {
  /** Connector clients by the bot's app id, service URL and audience: what botbuilder makes one from. */
  private readonly connectors = new ClientCache<ConnectorClient>();
  /** User token clients by the bot's app id: what botbuilder makes one from. */
  private readonly userTokenClients = new ClientCache<UserTokenClient>();

  constructor(
    private readonly timeoutMs: number,
    ...args: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>
  ) {
    super(...args);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.bounded(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.get(JSON.stringify([appIdOf(claimsIdentity)]), () =>
      super.createUserTokenClient(claimsIdentity),
    );
  }

  // Turns use the connector factory that comes with the authenticated request.
  override async authenticateRequest(...args: Parameters<BaseAuthentication["authenticateRequest"]>) {
    const result = await super.authenticateRequest(...args);
    return {
      ...result,
      connectorFactory:
        result.connectorFactory && this.bounded(result.connectorFactory, result.claimsIdentity),
    };
  }

  override async authenticateStreamingRequest(
    ...args: Parameters<BaseAuthentication["authenticateStreamingRequest"]>
  ) {
    const result = await super.authenticateStreamingRequest(...args);
    return {
      ...result,
      connectorFactory:
        result.connectorFactory && this.bounded(result.connectorFactory, result.claimsIdentity),
    };
  }

  private bounded(inner: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(claimsIdentity);
    return {
      create: (serviceUrl: string, audience?: string) =>
        this.connectors.get(JSON.stringify([appId, serviceUrl, audience ?? null]), async () =>
          bounded(await inner.create(serviceUrl, audience), this.timeoutMs),
        ),
    };
  }
}

/**
 * The app id botbuilder makes a connector factory and a user token client for: the token's audience, or its
 * app id claim (the Emulator's); none when authentication is off (local mode).
 */
function appIdOf(claimsIdentity: ClaimsIdentity): string | null {
  return claimsIdentity.getClaimValue("aud") ?? claimsIdentity.getClaimValue("appid") ?? null;
}

function bounded(connector: ConnectorClient, timeoutMs: number): ConnectorClient {
  const internals = connector as unknown as ConnectorInternals;
  internals.client.pipeline.removePolicy({ name: "defaultRetryPolicy" });
  internals.client.pipeline.addPolicy({
    name: "convenorRequestTimeout",
    sendRequest: (request, next) => {
      if (!(request.timeout > 0)) request.timeout = timeoutMs;
      return next(request);
    },
  });
  const credentials = internals.credentials;
  internals.credentials = {
    signRequest: (request) => withTimeout(credentials.signRequest(request), timeoutMs, "Bot token request"),
  };
  return connector;
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
