import type { SignIn } from "./sign-in.js";

export interface NaaSettings {
  clientId: string;
  tenantId: string;
  /** The API's scope, e.g. `api://convenor.example.org/<client id>/access_as_user`. */
  scope: string;
}

/**
 * Production: nested app authentication. Outlook (NestedAppAuth 1.1) brokers the token for its signed-in
 * user, silently when it can, with a popup when consent or a fresh sign-in is needed. MSAL is loaded only here,
 * so local mode and the first paint do not carry it.
 */
export async function naaSignIn(settings: NaaSettings): Promise<SignIn> {
  const msal = await import("@azure/msal-browser");
  const app = await msal.createNestablePublicClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: `https://login.microsoftonline.com/${settings.tenantId}`,
    },
  });
  const request = { scopes: [settings.scope] };
  const acquire = async (): Promise<string> => {
    try {
      return (await app.acquireTokenSilent(request)).accessToken;
    } catch (error) {
      if (!(error instanceof msal.InteractionRequiredAuthError)) throw error;
      return (await app.acquireTokenPopup(request)).accessToken;
    }
  };
  await acquire();
  return { getToken: acquire };
}
