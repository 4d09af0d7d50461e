import { reachPanelMembers, type TeamsAppInstallerPort, type UseCaseDeps } from "@convenor/shared";
import type { Logger } from "../logger.js";
import { PeriodicJob } from "./periodic-job.js";

export interface ReachPanelMembersJobOptions {
  deps: UseCaseDeps;
  installer: TeamsAppInstallerPort;
  logger: Logger;
  /** Between runs; the first run is at start. Default four hours. */
  intervalMs?: number;
}

const fourHours = 4 * 60 * 60_000;

/**
 * Installs Convenor's Teams app for panel members the bot cannot reach yet, at start and every few hours,
 * so that new members are reachable before an urgent request needs them.
 */
export class ReachPanelMembersJob extends PeriodicJob {
  constructor(private readonly options: ReachPanelMembersJobOptions) {
    super(options.intervalMs ?? fourHours);
  }

  protected async pass(): Promise<void> {
    const { deps, installer, logger } = this.options;
    try {
      const report = await reachPanelMembers({ ...deps, installer });
      if (!report.ok) throw new Error(report.error.message);
      const { installed, alreadyInstalled, unreachable } = report.value;
      if (installed.length + alreadyInstalled.length + unreachable.length === 0) return;
      logger.info(
        {
          installed,
          alreadyInstalled,
          unreachable: unreachable.map(({ personId, code }) => ({ personId, code })),
        },
        "Teams app installed for panel members the bot could not reach",
      );
    } catch (error) {
      logger.error(
        { reason: error instanceof Error ? error.message : String(error) },
        "installing the Teams app for panel members failed",
      );
    }
  }
}
