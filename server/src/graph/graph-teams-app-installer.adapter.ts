import type { Client } from "@microsoft/microsoft-graph-client";
import { ok, type Result, type TeamsAppInstallerPort, type TeamsAppInstallOutcome } from "@convenor/shared";
import { graphCall, GraphErrorCodes } from "./graph-errors.js";

const objectIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Installs Convenor from the organisation's Teams app catalog in a user's personal scope (proactive
 * installation; application permission `TeamsAppInstallation.ReadWriteSelfForUser.All`). Teams then sends
 * the bot the personal chat's conversation update, which is where the bot learns how to reach the user.
 * Also installs it into a panel meeting's chat, found from the event's join link.
 */
export class GraphTeamsAppInstaller implements TeamsAppInstallerPort {
  constructor(
    private readonly client: Client,
    /** Graph's origin the catalog app is bound by, e.g. `https://graph.microsoft.com`. */
    private readonly graphOrigin: string,
    /** The app's id in the org app catalog (`GET /appCatalogs/teamsApps?$filter=externalId eq '{manifest id}'`). */
    private readonly catalogAppId: string,
  ) {}

  installForUser(userObjectId: string): Promise<Result<TeamsAppInstallOutcome>> {
    return this.install(`/users/${encodeURIComponent(userObjectId)}/teamwork/installedApps`);
  }

  /**
   * An event's Teams meeting is found by its join link (application permission `OnlineMeetings.Read.All`,
   * with an application access policy for the organisers); its chat is `chatInfo.threadId`.
   */
  async findMeetingChat(organiser: string, joinUrl: string): Promise<Result<string | null>> {
    const userId = await this.objectIdOf(organiser);
    if (!userId.ok) return userId;
    const found = await graphCall(
      () =>
        this.client
          .api(`/users/${encodeURIComponent(userId.value)}/onlineMeetings`)
          // The client puts $filter in the URL as given: the join link (itself full of %-escapes, `?`
          // and `&`) is encoded here, once, as Graph's own example of this request does.
          .filter(`JoinWebUrl eq '${encodeURIComponent(joinUrl.replace(/'/g, "''"))}'`)
          .get() as Promise<{ value?: { chatInfo?: { threadId?: string | null } | null }[] }>,
    );
    if (!found.ok) return found;
    return ok(found.value.value?.[0]?.chatInfo?.threadId ?? null);
  }

  /** `/users/{id}/onlineMeetings` takes only the user's object id, not their mail or UPN. */
  private async objectIdOf(user: string): Promise<Result<string>> {
    if (objectIdPattern.test(user)) return ok(user);
    return graphCall(async () => {
      const found = (await this.client
        .api(`/users/${encodeURIComponent(user)}`)
        .select("id")
        .get()) as {
        id: string;
      };
      return found.id;
    });
  }

  /** Application permission `TeamsAppInstallation.ReadWriteSelfForChat.All`. */
  installInChat(chatId: string): Promise<Result<TeamsAppInstallOutcome>> {
    return this.install(`/chats/${encodeURIComponent(chatId)}/installedApps`);
  }

  private async install(path: string): Promise<Result<TeamsAppInstallOutcome>> {
    const origin = this.graphOrigin.replace(/\/+$/, "");
    const installed = await graphCall(() =>
      this.client.api(path).post({
        "teamsApp@odata.bind": `${origin}/v1.0/appCatalogs/teamsApps/${encodeURIComponent(this.catalogAppId)}`,
      }),
    );
    if (installed.ok) return ok("installed");
    // Graph answers 409 Conflict when the app is already installed there.
    if (installed.error.code === GraphErrorCodes.conflict) return ok("already-installed");
    return installed;
  }
}
