import { finishPendingMeetings, syncPlannedMeetings, type UseCaseDeps } from "@convenor/shared";
import type { Logger } from "../logger.js";
import { jobActor } from "./job-actor.js";
import { PeriodicJob } from "./periodic-job.js";

export interface SyncMeetingsJobOptions {
  deps: UseCaseDeps;
  logger: Logger;
  /** Convenor's public address, for the agenda link in invitations the job sends. */
  appUrl: string;
  /** Between runs; the first run is at start. Default fifteen minutes. */
  intervalMs?: number;
}

const fifteenMinutes = 15 * 60_000;

/**
 * Keeps meetings in step with their calendar events: makes the events of meetings left pending by a Graph
 * failure, and follows events moved or cancelled in Outlook (moving or cancelling the meeting and telling
 * its members). At start, then every interval.
 */
export class SyncMeetingsJob extends PeriodicJob {
  constructor(private readonly options: SyncMeetingsJobOptions) {
    super(options.intervalMs ?? fifteenMinutes);
  }

  protected async pass(): Promise<void> {
    const { deps, logger, appUrl } = this.options;
    try {
      const finished = await finishPendingMeetings(deps, jobActor, { appUrl });
      if (!finished.ok) throw new Error(finished.error.message);
      const { scheduled, failed: stillPending } = finished.value;
      if (scheduled.length + stillPending.length > 0) {
        logger.info({ scheduled, stillPending }, "events made for meetings left pending");
      }
      const report = await syncPlannedMeetings(deps, jobActor);
      if (!report.ok) throw new Error(report.error.message);
      const { moved, cancelled, failed } = report.value;
      if (moved.length + cancelled.length + failed.length === 0) return;
      logger.info({ moved, cancelled, failed }, "meetings brought in step with their calendar events");
    } catch (error) {
      logger.error(
        { reason: error instanceof Error ? error.message : String(error) },
        "checking meetings against their calendar events failed",
      );
    }
  }
}
