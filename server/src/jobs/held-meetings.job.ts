import { recordHeldMeetings, type UseCaseDeps } from "@convenor/shared";
import type { Logger } from "../logger.js";
import { jobActor } from "./job-actor.js";
import { PeriodicJob } from "./periodic-job.js";

export interface HeldMeetingsJobOptions {
  deps: UseCaseDeps;
  logger: Logger;
  /** Between runs; the first run is at start. Default one hour. */
  intervalMs?: number;
}

const oneHour = 60 * 60_000;

/**
 * Records planned meetings as held once their day is over (`recordHeldMeetings`), at start and hourly, so a
 * meeting reads as held by the first morning after it; each is marked once, whatever the number of instances.
 */
export class HeldMeetingsJob extends PeriodicJob {
  constructor(private readonly options: HeldMeetingsJobOptions) {
    super(options.intervalMs ?? oneHour);
  }

  protected async pass(): Promise<void> {
    const { deps, logger } = this.options;
    try {
      const recorded = await recordHeldMeetings(deps, jobActor);
      if (!recorded.ok) throw new Error(recorded.error.message);
      if (recorded.value.held.length > 0)
        logger.info({ held: recorded.value.held }, "meetings recorded as held");
    } catch (error) {
      logger.error(
        { reason: error instanceof Error ? error.message : String(error) },
        "recording held meetings failed",
      );
    }
  }
}
