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
}
