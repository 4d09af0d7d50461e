import { anonymiseExpiredRecords, type UseCaseDeps } from "@convenor/shared";
import type { Logger } from "../logger.js";
import { jobActor } from "./job-actor.js";
import { PeriodicJob } from "./periodic-job.js";

export interface RetentionJobOptions {
  deps: UseCaseDeps;
  logger: Logger;
  /** Between runs. Default one day. */
  intervalMs?: number;
  /** Before the first run. Default ten minutes, so a service that restarts often does not run it each time. */
  firstRunDelayMs?: number;
  /** Records of each kind a transaction anonymises. Default 100. */
  batchSize?: number;
}

const oneDay = 24 * 60 * 60_000;
/** A pass stops after this many batches and finishes the rest the next day: a backlog never holds it long. */
const maxBatchesPerPass = 50;

/**
 * Anonymises the records past their retention period, daily, batch after batch. Each record once, however
 * many service instances run it (see `anonymiseExpiredRecords`). Logs counts only, never what was removed.
 */
export class RetentionJob extends PeriodicJob {
  constructor(private readonly options: RetentionJobOptions) {
    super(options.intervalMs ?? oneDay, options.firstRunDelayMs ?? 10 * 60_000);
  }

  protected async pass(): Promise<void> {
    const { deps, logger, batchSize } = this.options;
    const totals = { referrals: 0, children: 0, caseObservations: 0, minutes: 0, deliveredMessages: 0 };
    try {
      for (let batch = 0; batch < maxBatchesPerPass; batch++) {
        const run = await anonymiseExpiredRecords(deps, jobActor, batchSize ? { batchSize } : {});
        if (!run.ok) throw new Error(run.error.message);
        const { more, ...counts } = run.value;
        for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += counts[key];
        if (!more) break;
      }
      if (Object.values(totals).some((count) => count > 0))
        logger.info(totals, "records past retention anonymised");
    } catch (error) {
      logger.error(
        { ...totals, reason: error instanceof Error ? error.message : String(error) },
        "anonymising records past retention failed",
      );
    }
  }
}
