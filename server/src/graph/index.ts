import type { AuthenticationProvider, Client } from "@microsoft/microsoft-graph-client";
import type { GraphConfig } from "./graph-config.js";
import { createGraphClient } from "./graph-client.js";
import { GraphCalendar } from "./graph-calendar.adapter.js";
import { GraphDirectory } from "./graph-directory.adapter.js";
import { GraphDocuments } from "./graph-documents.adapter.js";
import { GraphTeamsAppInstaller } from "./graph-teams-app-installer.adapter.js";
import { appTokenProvider, authorityFor, onBehalfOfTokenProviders } from "./token-providers.js";

export { parseGraphConfig, type GraphConfig, type GraphCredentials } from "./graph-config.js";
export { createGraphClient } from "./graph-client.js";
export { GraphCalendar } from "./graph-calendar.adapter.js";
export { GraphDirectory } from "./graph-directory.adapter.js";
export { GraphDocuments, columnNames } from "./graph-documents.adapter.js";
export { GraphTeamsAppInstaller } from "./graph-teams-app-installer.adapter.js";
export { GraphErrorCodes } from "./graph-errors.js";
export { sanitiseName, sanitisePath } from "./sharepoint-names.js";

export interface GraphAdapterSet {
  calendar: GraphCalendar;
  documents: GraphDocuments;
  directory: GraphDirectory;
  client: Client;
}

export interface GraphAdapters extends GraphAdapterSet {
  /** Adapters that call Graph as the signed-in user (on-behalf-of their tab or add-in token); null if not configured. */
  asUser: ((userAssertion: string) => GraphAdapterSet) | null;
  /** Installs Convenor's Teams app for people (app-only); null when `TEAMS_APP_CATALOG_ID` is not set. */
  teamsApps: GraphTeamsAppInstaller | null;
}

/**
 * The Graph adapters for the service. In sandbox mode pass the sandbox's URL (from `startGraphSandbox`):
 * only the base URL and the token authority change, the code is the production code.
 */
export function createGraphAdapters(
  config: GraphConfig,
  options: { sandboxUrl?: string } = {},
): GraphAdapters {
  const where = authorityFor(config, options.sandboxUrl);
  const baseUrl = config.mode === "sandbox" ? (options.sandboxUrl ?? "") : config.baseUrl;
  const build = (auth: AuthenticationProvider): GraphAdapterSet => {
    const client = createGraphClient({ baseUrl, auth, retry: config.retry });
    return {
      client,
      calendar: new GraphCalendar(client, config.retry),
      documents: new GraphDocuments(client, config.retry),
      directory: new GraphDirectory(client),
    };
  };
  const delegated = config.onBehalfOf ? onBehalfOfTokenProviders(config.credentials, where) : null;
  const appOnly = build(appTokenProvider(config.credentials, where));
  return {
    ...appOnly,
    asUser: delegated ? (userAssertion) => build(delegated(userAssertion)) : null,
    teamsApps: config.teamsAppCatalogId
      ? new GraphTeamsAppInstaller(appOnly.client, baseUrl, config.teamsAppCatalogId)
      : null,
  };
}
