import type { Result } from "../model/result.js";

/** `installed`: added now; `already-installed`: the person had it (installed by them, an admin or an earlier run). */
export type TeamsAppInstallOutcome = "installed" | "already-installed";

/**
 * Installs Convenor's Teams app in a person's personal scope, so that Teams opens the bot's personal chat
 * with them (the bot then learns where to reach them) before they ever open Convenor themselves.
 * Failures are values with stable codes, e.g. `GRAPH.NOT_FOUND` (no such user, or the app is not in the
 * organisation's app catalog), `GRAPH.FORBIDDEN` (permission not granted), `GRAPH.THROTTLED`,
 * `GRAPH.UNAVAILABLE`.
 */
export interface TeamsAppInstallerPort {
  /** By the person's Entra object id. Installing twice is harmless: the second answer is `already-installed`. */
  installForUser(userObjectId: string): Promise<Result<TeamsAppInstallOutcome>>;
  /**
   * The chat id (thread id) of the Teams meeting whose join link is `joinUrl`, organised by `organiser`
   * (email or Entra object id); null when the organiser has no such online meeting.
   */
  findMeetingChat(organiser: string, joinUrl: string): Promise<Result<string | null>>;
  /** Installs Convenor into a chat (a meeting's chat: into the meeting). Twice is harmless: `already-installed`. */
  installInChat(chatId: string): Promise<Result<TeamsAppInstallOutcome>>;
}
