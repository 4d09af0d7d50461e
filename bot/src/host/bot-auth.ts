import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from "botbuilder";

export type BotAuth =
  | { mode: "local" }
  | {
      mode: "production";
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
  if (auth.mode === "local") {
    return { adapter: new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})), appId: "" };
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
    adapter: new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings, credentials)),
    appId,
  };
}
