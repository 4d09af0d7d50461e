import { runReviewChecks, type UseCaseDeps } from "@convenor/shared";
import type { Logger } from "../logger.js";
import { jobActor } from "./job-actor.js";
import { PeriodicJob } from "./periodic-job.js";

export interface ReviewsJobOptions {
  deps: UseCaseDeps;
  logger: Logger;
  /** Between runs. Default one hour. */
  intervalMs?: number;
  /** Before the first run. Default five minutes, as the tracker's job. */
  firstRunDelayMs?: number;
}

const oneHour = 60 * 60_000;

/**
 * Child in Need reviews on time: plans past twelve months get their consultation tasks (003 3.6), and early
 * reviews asked for while no meeting was planned are listed once one is. Hourly rather than daily, so a
 * meeting planned in the morning has its early reviews by the afternoon; every task is made once, whatever the
 * number of service instances (the store keeps one per plan and role).
 */
export class ReviewsJob extends PeriodicJob {
  constructor(private readonly options: ReviewsJobOptions) {
    super(options.intervalMs ?? oneHour, options.firstRunDelayMs ?? 5 * 60_000);
  }

  protected async pass(): Promise<void> {
    const { deps, logger } = this.options;
    try {
      const checks = await runReviewChecks(deps, jobActor);
      if (!checks.ok) throw new Error(checks.error.message);
      if (checks.value.tasks + checks.value.listed > 0) logger.info(checks.value, "CIN review checks done");
    } catch (error) {
      logger.error(
        { reason: error instanceof Error ? error.message : String(error) },
        "the CIN review checks failed",
      );
    }
  }
}
