import type { Client } from "@microsoft/microsoft-graph-client";
import { ok, type Result, type TeamsAppInstallerPort, type TeamsAppInstallOutcome } from "@convenor/shared";
import { graphCall, GraphErrorCodes } from "./graph-errors.js";

/**
 * Installs Convenor from the organisation's Teams app catalog in a user's personal scope (proactive
 * installation; application permission `TeamsAppInstallation.ReadWriteSelfForUser.All`). Teams then sends
 * the bot the personal chat's conversation update, which is where the bot learns how to reach the user.
 */
export class GraphTeamsAppInstaller implements TeamsAppInstallerPort {
  constructor(
    private readonly client: Client,
    /** Graph's origin the catalog app is bound by, e.g. `https://graph.microsoft.com`. */
    private readonly graphOrigin: string,
    /** The app's id in the org app catalog (`GET /appCatalogs/teamsApps?$filter=externalId eq '{manifest id}'`). */
    private readonly catalogAppId: string,
  ) {}

  async installForUser(userObjectId: string): Promise<Result<TeamsAppInstallOutcome>> {
    const origin = this.graphOrigin.replace(/\/+$/, "");
    const installed = await graphCall(() =>
      this.client.api(`/users/${encodeURIComponent(userObjectId)}/teamwork/installedApps`).post({
        "teamsApp@odata.bind": `${origin}/v1.0/appCatalogs/teamsApps/${encodeURIComponent(this.catalogAppId)}`,
      }),
    );
    if (installed.ok) return ok("installed");
    // Graph answers 409 Conflict when the app is already in the user's personal scope.
    if (installed.error.code === GraphErrorCodes.conflict) return ok("already-installed");
    return installed;
  }
}
