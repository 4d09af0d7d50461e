import type { ErrorCode } from "../model/error-codes.js";
import { fail, ok, type Result } from "../model/result.js";
import type { TeamsAppInstallerPort, TeamsAppInstallOutcome } from "../ports/teams-app-installer.port.js";

/** Teams as the installer sees it: meetings' chats by join link, where Convenor is installed, and failures. */
export class FakeTeamsApps implements TeamsAppInstallerPort {
  readonly installedUsers = new Set<string>();
  readonly installedChats = new Set<string>();
  /** Join link to chat id. */
  readonly meetingChats = new Map<string, string>();
  readonly calls: string[] = [];
  /** The next calls fail with this code (e.g. `GRAPH.UNAVAILABLE`), as many times as listed. */
  readonly failures: ErrorCode[] = [];

  installForUser(userObjectId: string): Promise<Result<TeamsAppInstallOutcome>> {
    return this.answer(`user ${userObjectId}`, () => this.add(this.installedUsers, userObjectId));
  }

  findMeetingChat(organiser: string, joinUrl: string): Promise<Result<string | null>> {
    return this.answer(`find ${organiser} ${joinUrl}`, () => ok(this.meetingChats.get(joinUrl) ?? null));
  }

  installInChat(chatId: string): Promise<Result<TeamsAppInstallOutcome>> {
    return this.answer(`chat ${chatId}`, () => this.add(this.installedChats, chatId));
  }

  private add(set: Set<string>, id: string): Result<TeamsAppInstallOutcome> {
    if (set.has(id)) return ok("already-installed");
    set.add(id);
    return ok("installed");
  }

  private answer<T>(call: string, work: () => Result<T>): Promise<Result<T>> {
    this.calls.push(call);
    const failure = this.failures.shift();
    return Promise.resolve(failure ? fail(failure, "Microsoft 365 is busy right now.") : work());
  }
}
